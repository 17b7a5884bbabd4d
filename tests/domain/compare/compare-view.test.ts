import { describe, expect, it } from 'vitest';
import {
  coOccurrence,
  compareColumns,
  tagCountsByOutlet,
} from '../../../src/domain/compare/compare';
import {
  computeCompareView,
  firstCompareColumns,
  sameFirstPage,
  type CompareQuery,
} from '../../../src/domain/compare/compare-view';
import type { Article } from '../../../src/domain/corpus/types';
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
  tagIds: string[],
  coderId = 'local',
  status: Annotation['status'] = 'exact',
): Annotation => ({
  id,
  articleId,
  textHash: 'h',
  ranges: [{ start, end: start + 5, exact: 'x', prefix: '', suffix: '' }],
  tagIds,
  note: '',
  color: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  status,
  coderId,
});

const tags = [tag('a'), tag('b'), tag('child', 'a')];
const articles = ['x', 'y', 'z', 'w'].map((id, i) => ({
  id,
  source: i % 2 ? 'TASS' : null,
  title: `Article ${id}`,
  language: 'en',
}));
const annotations = [
  ann('1', 'x', 10, ['a']),
  ann('2', 'x', 2, ['child', 'b']),
  ann('3', 'y', 0, ['b'], 'other'),
  ann('4', 'z', 3, ['a'], 'other'),
  ann('5', 'z', 40, ['a'], 'local', 'orphan'),
  ann('6', 'gone', 0, ['a']),
];
const query = (over: Partial<CompareQuery> = {}): CompareQuery => ({
  tagIds: ['a'],
  coderIds: [],
  articles,
  members: null,
  tags,
  unknownOutlet: 'Unknown outlet',
  columns: 24,
  ...over,
});

describe('computeCompareView', () => {
  it('gives what the same-thread functions give: columns, counts and co-occurrence', () => {
    const view = computeCompareView(annotations, query());
    const asArticles = articles as unknown as Article[];
    const columns = compareColumns(annotations, ['a'], asArticles, tags);
    expect(view.complete).toBe(true);
    expect(view.columns).toEqual(
      columns
        .filter((c) => c.passages.length > 0)
        .map((c) => ({
          articleId: c.article.id,
          article: articles.find((a) => a.id === c.article.id),
          passages: c.passages,
        })),
    );
    expect(view.columns[0]?.passages.map((a) => a.id)).toEqual(['2', '1']);
    expect(view.withPassages).toBe(2);
    expect(view.without).toEqual(['y', 'w']);
    expect(view.counts).toEqual(
      tagCountsByOutlet(
        annotations,
        new Map(asArticles.map((a) => [a.id, a])),
        tags,
        'Unknown outlet',
      ),
    );
    expect(view.matrix).toEqual(coOccurrence(annotations, tags));
  });

  it('keeps the chosen coders and set only, and gives as many columns as asked', () => {
    const mine = computeCompareView(annotations, query({ coderIds: ['other'] }));
    expect(mine.columns.map((c) => c.articleId)).toEqual(['z']);
    expect(mine.counts?.counts.flat().reduce((s, n) => s + n, 0)).toBe(2);
    const inSet = computeCompareView(annotations, query({ members: ['z', 'y'] }));
    expect(inSet.columns.map((c) => c.articleId)).toEqual(['z']);
    const one = computeCompareView(annotations, query({ columns: 1 }));
    expect(one.columns.map((c) => c.articleId)).toEqual(['x']);
    expect(one.withPassages).toBe(2);
  });
});

describe('firstCompareColumns', () => {
  it('reads article by article until a page is found, without totals', async () => {
    const asked: string[][] = [];
    const view = await firstCompareColumns(
      async (ids) => {
        asked.push(ids);
        return annotations.filter((a) => ids.includes(a.articleId));
      },
      query({ columns: 1 }),
      { batch: 1 },
    );
    expect(view).toMatchObject({ complete: false, withPassages: null, counts: null });
    expect(view.columns.map((c) => c.articleId)).toEqual(['x']);
    expect(asked).toEqual([['x']]);
    const all = await firstCompareColumns(
      async (ids) => annotations.filter((a) => ids.includes(a.articleId)),
      query(),
      { batch: 2 },
    );
    expect(all.columns).toEqual(computeCompareView(annotations, query()).columns);
  });
});

describe('sameFirstPage', () => {
  it('holds for the same question read twice, and not when a tag, layer, set or article differs', () => {
    expect(sameFirstPage(query(), query({ articles: articles.map((a) => ({ ...a })) }))).toBe(true);
    expect(sameFirstPage(query(), query({ tagIds: ['b'] }))).toBe(false);
    expect(sameFirstPage(query(), query({ coderIds: ['other'] }))).toBe(false);
    expect(sameFirstPage(query(), query({ members: ['z'] }))).toBe(false);
    expect(sameFirstPage(query(), query({ articles: [...articles].reverse() }))).toBe(false);
    const renamed = articles.map((a, i) => (i === 0 ? { ...a, title: 'Renamed' } : a));
    expect(sameFirstPage(query(), query({ articles: renamed }))).toBe(false);
    expect(sameFirstPage(query(), query({ tags: [tag('a'), tag('b')] }))).toBe(false);
  });
});
