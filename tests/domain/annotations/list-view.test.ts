import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../../src/domain/annotations/filter';
import {
  firstAnnotationPage,
  listAnnotations,
  noFilters,
  type AnnotationListQuery,
} from '../../../src/domain/annotations/list-view';
import type { Annotation, Tag } from '../../../src/domain/model';

const war: Tag = {
  id: 'war',
  name: 'War',
  nameKey: 'war',
  color: '#fde68a',
  description: '',
  hotkey: null,
  parentId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** 40 articles (four outlets) with 10 annotations each, every third one tagged War. */
const articles = Array.from({ length: 40 }, (_, i) => ({
  id: `art-${String(i).padStart(2, '0')}`,
  source: ['SANA', 'TASS', 'Reuters', null][i % 4] ?? null,
  language: 'en',
}));
const all: Annotation[] = articles.flatMap((article, a) =>
  Array.from({ length: 10 }, (_, k) => {
    const n = a * 10 + k;
    return {
      id: `ann-${String(n).padStart(4, '0')}`,
      articleId: article.id,
      textHash: 'h',
      // Stored out of text order: the list sorts by position.
      ranges: [
        { start: (10 - k) * 7, end: (10 - k) * 7 + 4, exact: 'word', prefix: '', suffix: '' },
      ],
      tagIds: n % 3 === 0 ? ['war'] : [],
      note: '',
      color: null,
      createdAt: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
      updatedAt: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
      status: 'exact',
      coderId: 'local',
    };
  }),
);
// Library order is not the ids' order.
const library = [...articles].reverse();
const query = (filters: Partial<AnnotationListQuery['filters']> = {}): AnnotationListQuery => ({
  filters: { ...emptyFilters, ...filters },
  articles: library,
  tags: [war],
  sets: [],
});

/** Answers by article, counting the articles asked for. */
function reader() {
  const asked: string[] = [];
  const annotationsOf = (ids: string[]) => {
    asked.push(...ids);
    const wanted = new Set(ids);
    return Promise.resolve(all.filter((a) => wanted.has(a.articleId)));
  };
  return { asked, annotationsOf };
}

describe('the annotation list read in pages', () => {
  it('sorts and filters as /annotations shows them', () => {
    const list = listAnnotations(all, query());
    expect(list).toHaveLength(400);
    expect(list[0]?.articleId).toBe('art-39');
    expect(list.slice(0, 10).map((a) => a.ranges[0]?.start)).toEqual(
      [...list.slice(0, 10).map((a) => a.ranges[0]?.start ?? 0)].sort((a, b) => a - b),
    );
    expect(listAnnotations(all, query({ outlets: ['TASS'], tags: ['war'] }))).toHaveLength(
      all.filter((a, i) => i % 3 === 0 && Number(a.articleId.slice(4)) % 4 === 1).length,
    );
  });

  it('gives the first page from the first articles alone, the same rows the whole list starts with', async () => {
    const { asked, annotationsOf } = reader();
    const first = await firstAnnotationPage(annotationsOf, query(), { page: 25, batch: 2 });
    expect(first).toEqual(listAnnotations(all, query()).slice(0, 25));
    // 25 rows are in the first two batches of two articles: no more were read.
    expect(asked).toEqual(['art-39', 'art-38', 'art-37', 'art-36']);
  });

  it('reads on while the filters keep few of the first articles, and stops at its limit', async () => {
    const { asked, annotationsOf } = reader();
    const filtered = query({ outlets: ['Reuters'], tags: ['war'] });
    const first = await firstAnnotationPage(annotationsOf, filtered, { page: 5, batch: 4 });
    expect(first).toEqual(listAnnotations(all, filtered).slice(0, 5));
    expect(asked.length).toBeLessThan(40);

    const few = reader();
    const capped = await firstAnnotationPage(few.annotationsOf, filtered, {
      page: 100,
      batch: 4,
      maxArticles: 8,
    });
    expect(few.asked).toHaveLength(8);
    // What was found is still where the whole list starts.
    expect(capped).toEqual(listAnnotations(all, filtered).slice(0, capped?.length ?? 0));
  });

  it('reads only the chosen articles, and has no first page for the other sorts', async () => {
    const { asked, annotationsOf } = reader();
    const one = query({ articles: ['art-05'] });
    expect(await firstAnnotationPage(annotationsOf, one)).toEqual(listAnnotations(all, one));
    expect(asked).toEqual(['art-05']);
    expect(await firstAnnotationPage(annotationsOf, query({ sort: 'date' }))).toBeNull();
    expect(await firstAnnotationPage(annotationsOf, query({ sort: 'tag' }))).toBeNull();
  });

  it('tells when no filter is chosen', () => {
    expect(noFilters(emptyFilters)).toBe(true);
    expect(noFilters({ ...emptyFilters, sort: 'date' })).toBe(true);
    expect(noFilters({ ...emptyFilters, query: '  ' })).toBe(true);
    expect(noFilters({ ...emptyFilters, query: 'talks' })).toBe(false);
    expect(noFilters({ ...emptyFilters, coders: ['local'] })).toBe(false);
    expect(noFilters({ ...emptyFilters, sets: ['s'] })).toBe(false);
  });
});
