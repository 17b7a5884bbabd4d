// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { anchorRange } from '../../../src/domain/anchoring/anchor';
import { describeRange } from '../../../src/domain/anchoring/describe';
import { splitsSurrogatePair } from '../../../src/domain/text/surrogates';

function rangeOf(text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in the text`);
  return describeRange(text, start, start + quote.length);
}

describe('anchoring text beyond ASCII', () => {
  it('moves a quote made of emoji and ZWJ sequences without splitting them', () => {
    const text = 'Reactions to the talks: 👍🏽 from Moscow, 👩‍👩‍👧 families in Aleppo hope 🙏 for peace.';
    const range = rangeOf(text, '👩‍👩‍👧 families in Aleppo');
    const edited = `🔥 Breaking 🔥\n${text}`;
    const result = anchorRange(edited, range, { hashMatches: false });
    expect(result.status).toBe('moved');
    expect(result.range?.exact).toBe('👩‍👩‍👧 families in Aleppo');
    expect(result.range?.start).toBe(range.start + '🔥 Breaking 🔥\n'.length);
  });

  it('widens a fuzzy match that would start inside a surrogate pair', () => {
    // With "L" replaced by an emoji, the cheapest alignment substitutes "L"
    // by the emoji's second UTF-16 unit, so the raw match starts mid-pair.
    const text = 'Before the talks. Lavrov met Kerry in Geneva today. After.';
    const range = rangeOf(text, 'Lavrov met Kerry in Geneva');
    const edited = text.replace('Lavrov', '😀avrov');
    const result = anchorRange(edited, range, { hashMatches: false });
    expect(result.status).toBe('fuzzy');
    expect(result.range?.start).toBe(edited.indexOf('😀'));
    expect(result.range?.exact).toBe('😀avrov met Kerry in Geneva');
    expect(splitsSurrogatePair(edited, result.range?.start ?? 0)).toBe(false);
  });

  it('finds a quote with combining marks when the accent was precomposed', () => {
    const text = 'Le ministre a jugé inutile le recours à la force, selon le communiqué.';
    const decomposed = text.normalize('NFD');
    const range = rangeOf(decomposed, 'a jugé inutile le recours'.normalize('NFD'));
    const result = anchorRange(text, range, { hashMatches: false });
    expect(result.status).toBe('fuzzy');
    expect(result.range?.exact).toBe('a jugé inutile le recours');
  });

  it('moves and fuzzily matches Arabic text', () => {
    const text = 'قال وزير الخارجية الروسي سيرغي لافروف إن استخدام القوة لحل الأزمة في سوريا عقيم.';
    const range = rangeOf(text, 'إن استخدام القوة لحل الأزمة');
    const moved = anchorRange(`عاجل: ${text}`, range, { hashMatches: false });
    expect(moved).toMatchObject({
      status: 'moved',
      range: { start: range.start + 'عاجل: '.length },
    });

    const edited = text.replace('لحل', 'لإنهاء');
    const fuzzy = anchorRange(edited, range, { hashMatches: false });
    expect(fuzzy.status).toBe('fuzzy');
    expect(fuzzy.range?.exact).toBe('إن استخدام القوة لإنهاء الأزمة');
  });

  it('picks the repeated Hebrew word by its context', () => {
    const text = 'לברוב אמר כי לברוב ייפגש עם קרי, ולברוב הוסיף כי השיחות יימשכו.';
    const second = text.indexOf('לברוב', 1);
    const range = describeRange(text, second, second + 5);
    const result = anchorRange(`עדכון: ${text}`, range, { hashMatches: false });
    expect(result).toMatchObject({
      status: 'moved',
      range: { start: second + 'עדכון: '.length, exact: 'לברוב' },
    });
  });
});
