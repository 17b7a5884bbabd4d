import type { Article } from '../../../src/domain/corpus/types';
import { bundledMeta } from '../formats/fixtures';
import { describe, expect, it } from 'vitest';
import {
  coOccurrence,
  compareColumns,
  tagCountsByOutlet,
} from '../../../src/domain/compare/compare';
import type { Annotation, Tag } from '../../../src/domain/model';

const tag = (id: string, parentId: string | null = null): Tag => ({
  id,
  name: id.toUpperCase(),
  nameKey: id,
  color: '#fde68a',
  description: '',
  hotkey: null,
  parentId,
  createdAt: '2026-01-01T00:00:00.000Z',
});
const ann = (
  id: string,
  articleId: string,
  start: number,
  end: number,
  tagIds: string[],
  status: Annotation['status'] = 'exact',
): Annotation => ({
  id,
  articleId,
  textHash: 'h',
  ranges: [{ start, end, exact: 'x', prefix: '', suffix: '' }],
  tagIds,
  note: '',
  color: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  status,
  coderId: 'local',
});
const tags = [tag('war'), tag('truce', 'war'), tag('peace')];
const list: Article[] = [
  { id: 'a', title: 'A', source: 'SANA', language: 'en', ...bundledMeta, textHash: '' },
  { id: 'b', title: 'B', source: 'Press TV', language: 'en', ...bundledMeta, textHash: '' },
  { id: 'c', title: 'C', source: null, language: 'fr', ...bundledMeta, textHash: '' },
];
const articles = new Map(list.map((a) => [a.id, a]));
const annotations = [
  ann('1', 'a', 30, 40, ['war']),
  ann('2', 'a', 0, 10, ['truce', 'peace']),
  ann('3', 'b', 5, 15, ['peace']),
  ann('4', 'b', 10, 20, ['war']),
  ann('5', 'c', 0, 5, ['war'], 'orphan'),
];

describe('compare', () => {
  it('puts passages with a tag (and its children) in one column per article, in text order', () => {
    const columns = compareColumns(annotations, ['war'], list, tags);
    expect(columns.map((c) => c.passages.map((p) => p.id))).toEqual([['2', '1'], ['4'], []]);
  });

  it('counts tags per outlet, unknown outlet last', () => {
    const result = tagCountsByOutlet(annotations, articles, tags, 'Unknown outlet');
    expect(result.outlets).toEqual(['Press TV', 'SANA', 'Unknown outlet']);
    expect(result.counts).toEqual([
      [1, 0, 1],
      [1, 1, 1],
      [1, 0, 0],
    ]);
  });

  it('counts co-occurrence on the same annotation and on overlapping ones, ignoring orphans', () => {
    const matrix = coOccurrence(annotations, tags);
    // truce+peace on annotation 2; peace (3) overlaps war (4) in article b.
    expect(matrix).toEqual([
      [2, 0, 1],
      [0, 1, 1],
      [1, 1, 2],
    ]);
  });

  it('counts annotations, not pairs: no cell exceeds its row tag alone', () => {
    const crowded = [
      ann('w', 'a', 0, 50, ['war']),
      ann('p1', 'a', 5, 10, ['peace']),
      ann('p2', 'a', 20, 30, ['peace']),
      ann('p3', 'a', 40, 45, ['peace', 'war']),
    ];
    const matrix = coOccurrence(crowded, tags);
    // war: w and p3; both meet peace. peace: p1, p2, p3; all three meet war.
    expect(matrix[0]).toEqual([2, 0, 2]);
    expect(matrix[2]).toEqual([3, 0, 3]);
    for (const [i, row] of matrix.entries()) {
      for (const cell of row) expect(cell).toBeLessThanOrEqual(row[i] as number);
    }
  });
});
