import { describe, expect, it } from 'vitest';
import { findInText, foldKeepingOffsets, searchArticles } from '../../../src/domain/search/search';

describe('search', () => {
  it('folds case and accents without moving offsets', () => {
    const text = 'Régler la crise 😀 À Genève';
    expect(foldKeepingOffsets(text)).toHaveLength(text.length);
    expect(foldKeepingOffsets(text)).toBe('regler la crise 😀 a geneve');
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
