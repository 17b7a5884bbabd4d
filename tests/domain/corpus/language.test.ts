import { describe, expect, it } from 'vitest';
import { detectLanguage, direction, parseArticle } from '../../../src/domain/corpus';
import { STOP_WORDS } from '../../../src/domain/corpus/stop-words';

describe('detecting the language of a text', () => {
  it('tells English, French, German and Spanish apart by their function words', () => {
    expect(
      detectLanguage('The minister said that the talks were over and the war has not ended.'),
    ).toBe('en');
    expect(
      detectLanguage(
        'Le ministre a déclaré que les discussions sont terminées et il ne viendra pas.',
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'Der Minister sagte, dass die Gespräche nicht beendet sind und er auch kommt.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'El ministro dijo que las conversaciones con los rebeldes fueron un éxito para el país.',
      ),
    ).toBe('es');
  });

  it('falls back to English when there is too little to go on', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('Lavrov')).toBe('en');
    expect(detectLanguage('12 345')).toBe('en');
  });

  it('reads Arabic, Hebrew, Persian and Cyrillic text from its script', () => {
    expect(
      detectLanguage('قال وزير الخارجية الروسي إن استخدام القوة لحل الأزمة في سوريا لا جدوى منه'),
    ).toBe('ar');
    expect(detectLanguage('שר החוץ הרוסי אמר כי השימוש בכוח בסוריה חסר תועלת')).toBe('he');
    expect(
      detectLanguage('وزیر امور خارجه گفت که استفاده از زور بی‌فایده است و پیشنهاد چنین است'),
    ).toBe('fa');
    expect(detectLanguage('Министр иностранных дел России заявил о бесполезности силы')).toBe('ru');
  });

  it('uses word lists that never vote for two languages at once', () => {
    const lists = Object.entries(STOP_WORDS);
    for (const [language, words] of lists) {
      for (const [other, otherWords] of lists) {
        if (other === language) continue;
        expect(
          [...words].filter((word) => otherWords.has(word)),
          `${language}/${other}`,
        ).toEqual([]);
      }
    }
  });
});

describe('writing direction', () => {
  it('is right-to-left for Arabic, Hebrew, Persian and Urdu, left-to-right otherwise', () => {
    expect(['ar', 'he', 'fa', 'ur', 'ar-SY', 'AR'].map(direction)).toEqual(Array(6).fill('rtl'));
    expect(['en', 'fr', 'de', 'es', 'ru', 'en-GB', ''].map(direction)).toEqual(
      Array(7).fill('ltr'),
    );
  });

  it('is right-to-left for a pasted Arabic article', () => {
    const parsed = parseArticle(
      'لافروف: استخدام القوة في سوريا عديم الجدوى\nأكد وزير الخارجية الروسي سيرغي لافروف أن استخدام القوة لحل الأزمة في سوريا لا جدوى منه.',
    );
    expect(parsed.language).toBe('ar');
    expect(direction(parsed.language)).toBe('rtl');
    expect(parsed.title).toBe('لافروف: استخدام القوة في سوريا عديم الجدوى');
    expect(parsed.wordCount).toBe(16);
  });
});
