import { describe, expect, it } from 'vitest';
import { segmentParagraph, spansByParagraph } from '../../../src/domain/highlights/segments';

describe('segmentParagraph', () => {
  it('returns the whole paragraph when nothing is highlighted', () => {
    expect(segmentParagraph(10, 20, [])).toEqual([{ start: 10, end: 20, ids: [] }]);
  });

  it('cuts at every boundary of overlapping highlights without merging them', () => {
    const segments = segmentParagraph(0, 20, [
      { id: 'a', start: 2, end: 10 },
      { id: 'b', start: 6, end: 14 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 6, ids: ['a'] },
      { start: 6, end: 10, ids: ['a', 'b'] },
      { start: 10, end: 14, ids: ['b'] },
      { start: 14, end: 20, ids: [] },
    ]);
  });

  it('nests a shorter highlight inside a longer one that starts at the same place', () => {
    const segments = segmentParagraph(0, 10, [
      { id: 'inner', start: 0, end: 4 },
      { id: 'outer', start: 0, end: 10 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 4, ids: ['outer', 'inner'] },
      { start: 4, end: 10, ids: ['outer'] },
    ]);
  });

  it('clips a highlight that crosses the paragraph edges', () => {
    expect(segmentParagraph(10, 20, [{ id: 'x', start: 5, end: 15 }])).toEqual([
      { start: 10, end: 15, ids: ['x'] },
      { start: 15, end: 20, ids: [] },
    ]);
  });

  it('keeps two identical highlights as two', () => {
    const [only] = segmentParagraph(0, 5, [
      { id: 'b', start: 0, end: 5 },
      { id: 'a', start: 0, end: 5 },
    ]);
    expect(only?.ids).toEqual(['a', 'b']);
  });
});

describe('spansByParagraph', () => {
  const paragraphs = [
    { start: 0, end: 10 },
    { start: 11, end: 20 },
    { start: 22, end: 30 },
  ];

  it('gives each paragraph only the spans that touch it, including one crossing paragraphs', () => {
    const map = spansByParagraph(paragraphs, [
      { id: 'a', start: 2, end: 4 },
      { id: 'cross', start: 8, end: 13 },
    ]);
    expect(map.get(0)?.map((s) => s.id)).toEqual(['a', 'cross']);
    expect(map.get(11)?.map((s) => s.id)).toEqual(['cross']);
    expect(map.has(22)).toBe(false);
  });
});
