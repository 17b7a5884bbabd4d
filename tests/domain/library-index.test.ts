import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/corpus/types';
import { arrangeLibrary, type LibrarySortKey } from '../../src/domain/library';
import {
  codedFacet,
  facetData,
  indexLibrary,
  matchQuery,
  multiFacet,
  shownInOrder,
  sortOrder,
  titleRanks,
  viewLibrary,
} from '../../src/domain/library-index';

const OUTLETS = ['Reuters', 'TASS', 'Le Monde', null];

function articles(count: number): Article[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    file: `a${i}.txt`,
    title: `${(i * 7) % count}. Ministers ${i % 3 === 0 ? 'Éclair' : 'meet'}`,
    source: OUTLETS[i % OUTLETS.length] ?? null,
    language: i % 5 === 0 ? 'fr' : 'en',
    date: i % 6 === 0 ? null : `${2019 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-01`,
    byline: null,
    wordCount: 10,
    byteLength: 10,
    textHash: 'x',
    origin: 'imported',
  })) as unknown as Article[];
}

function view(list: Article[], sort: LibrarySortKey, query: string, selection = {}) {
  const index = indexLibrary(list);
  const order = sortOrder(index, titleRanks(list), sort);
  const facets = facetData(index, {
    coded: codedFacet(list, { a1: 2, a2: 1 }),
    set: multiFacet(list, new Map([['a1', ['s1']]])),
    tag: multiFacet(
      list,
      new Map([
        ['a1', ['t1', 't2']],
        ['a4', ['t1']],
      ]),
    ),
  });
  return viewLibrary(index, order, matchQuery(index, query), selection, facets);
}

describe('library index', () => {
  it('sorts and filters as arrangeLibrary does, for every sort order', () => {
    const list = articles(60);
    for (const sort of ['title', 'date', 'outlet'] as const)
      for (const query of ['', 'eclair', 'le monde min', 'french'])
        expect(view(list, sort, query).shown.map((a) => a.id)).toEqual(
          arrangeLibrary(list, query, sort).map((a) => a.id),
        );
  });

  it('shows, before any facet is counted, what the view shows with none selected', () => {
    const list = articles(60);
    for (const sort of ['title', 'date', 'outlet'] as const)
      for (const query of ['', 'eclair', 'le monde min']) {
        const index = indexLibrary(list);
        const order = sortOrder(index, titleRanks(list), sort);
        expect(shownInOrder(index, order, matchQuery(index, query)).map((a) => a.id)).toEqual(
          view(list, sort, query).shown.map((a) => a.id),
        );
      }
  });

  it('interns a facet only when it is first asked for, once', () => {
    const list = articles(20);
    const reads = { source: 0 };
    const watched = list.map((article) => {
      const copy = { ...article };
      Object.defineProperty(copy, 'source', {
        get: () => {
          reads.source += 1;
          return article.source;
        },
      });
      return copy;
    });
    const index = indexLibrary(watched);
    sortOrder(index, titleRanks(watched), 'title');
    expect(reads.source).toBe(0);
    expect(index.outlet).toBe(index.outlet);
    expect(reads.source).toBe(20);
  });

  it('counts each facet with the other facets applied, months under their year', () => {
    const list = articles(60);
    const { shown, counts } = view(list, 'title', '', { year: '2019', month: '2019-03' });
    expect(shown.every((a) => a.date?.startsWith('2019-03'))).toBe(true);
    // The year's counts disregard the month: every dated year keeps its full count.
    expect(counts.year.get('2019')).toBe(list.filter((a) => a.date?.startsWith('2019')).length);
    expect(counts.year.get('2020')).toBe(list.filter((a) => a.date?.startsWith('2020')).length);
    expect(counts.month.get('2019-03')).toBe(shown.length);
    expect(counts.month.has('2020-02')).toBe(false);
  });

  it('filters by a tag or a set an article has among several, and by coding', () => {
    const list = articles(10);
    expect(
      view(list, 'title', '', { tag: 't1' })
        .shown.map((a) => a.id)
        .sort(),
    ).toEqual(['a1', 'a4']);
    const { counts } = view(list, 'title', '', { coded: 'coded' });
    expect(counts.tag.get('t1')).toBe(1);
    expect(counts.tag.get('t2')).toBe(1);
    expect(counts.set.get('s1')).toBe(1);
    expect(view(list, 'title', '', { tag: 'no such tag' }).shown).toEqual([]);
  });
});
