import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/domain/text/fold';
import { findInText, foldKeepingOffsets, searchArticles } from '../../../src/domain/search/search';
import { searchTerms } from '../../../src/domain/search/query';

describe('search', () => {
  it('folds case and accents without moving offsets', () => {
    const text = 'Régler la crise 😀 À Genève';
    expect(foldKeepingOffsets(text)).toHaveLength(text.length);
    expect(foldKeepingOffsets(text)).toBe('regler la crise 😀 a geneve');
  });

  it('folds as character-by-character Unicode folding does, whatever the text', () => {
    const slow = (text: string) =>
      Array.from(text, (ch) => (foldText(ch).length === ch.length ? foldText(ch) : ch)).join('');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(foldKeepingOffsets(text)).toBe(slow(text));
      }),
    );
    expect(foldKeepingOffsets('İSTANBUL ǅ ﬁ Œuvre')).toBe(slow('İSTANBUL ǅ ﬁ Œuvre'));
  });

  it('finds every occurrence with offsets into the original text and context', () => {
    const text = 'Lavrov said. Then LAVROV met Kerry; lavrov left.';
    const hits = findInText(text, 'lavrov');
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Lavrov', 'LAVROV', 'lavrov']);
    expect(hits[1]).toMatchObject({ match: 'LAVROV' });
    expect(hits[1]?.before.endsWith('Then ')).toBe(true);
  });

  it('matches accented text from an unaccented query', () => {
    const text = 'le recours à la force pour régler la crise';
    const [hit] = findInText(text, 'REGLER');
    expect(text.slice(hit!.start, hit!.end)).toBe('régler');
  });

  it('returns nothing for an empty query and leaves out articles without hits', () => {
    expect(findInText('abc', '  ')).toEqual([]);
    const results = searchArticles(
      [
        { id: 'a', title: 'A', text: 'Aleppo, Aleppo and Aleppo' },
        { id: 'b', title: 'B', text: 'Geneva' },
      ],
      'aleppo',
      2,
    );
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ id: 'a', total: 3 });
    expect(results[0]?.hits).toHaveLength(2);
  });
});

describe('search words, phrases and accents', () => {
  const text = 'Lavrov met Kerry in Genève. Later, Kerry said the talks in Geneva went well.';

  it('matches all words anywhere in the text (AND), not the query as one string', () => {
    const hits = findInText(text, 'Kerry Geneva');
    expect(hits.map((h) => h.match)).toEqual(['Kerry', 'Kerry', 'Geneva']);
    expect(findInText(text, 'Kerry Moscow')).toEqual([]);
  });

  it('keeps a "quoted phrase" whole', () => {
    expect(findInText(text, '"Kerry said"').map((h) => h.match)).toEqual(['Kerry said']);
    expect(findInText(text, '“said Kerry”')).toEqual([]);
    expect(searchTerms('“talks in” Geneva "open')).toEqual(['talks in', 'Geneva', 'open']);
  });

  it('ignores case and accents, and offsets point into the original text', () => {
    for (const hit of findInText(text, 'GENEVE kerry')) {
      expect(text.slice(hit.start, hit.end)).toBe(hit.match);
    }
    expect(findInText(text, 'geneve').map((h) => h.match)).toEqual(['Genève']);
    expect(findInText(text, 'GENÈVA')).toHaveLength(1);
  });
});
