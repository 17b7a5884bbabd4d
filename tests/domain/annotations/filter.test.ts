import type { Article } from '../../../src/domain/corpus/types';
import { bundledMeta } from '../formats/fixtures';
import { describe, expect, it } from 'vitest';
import {
  emptyFilters,
  filterAnnotations,
  filtersFromParams,
  filtersToParams,
} from '../../../src/domain/annotations/filter';
import type { Annotation, Tag } from '../../../src/domain/model';

const tag = (id: string, name: string, parentId: string | null = null): Tag => ({
  id,
  name,
  nameKey: name.toLowerCase(),
  color: '#fde68a',
  description: '',
  hotkey: null,
  parentId,
  createdAt: '2026-01-01T00:00:00.000Z',
});

const annotation = (
  id: string,
  articleId: string,
  start: number,
  tagIds: string[],
  note = '',
  createdAt = '2026-01-01T00:00:00.000Z',
): Annotation => ({
  id,
  articleId,
  textHash: 'h',
  ranges: [{ start, end: start + 5, exact: `quote ${id} é`, prefix: '', suffix: '' }],
  tagIds,
  note,
  color: null,
  createdAt,
  updatedAt: createdAt,
  status: id === 'orphaned' ? 'orphan' : 'exact',
  coderId: 'local',
});

const tags = [tag('war', 'War'), tag('ceasefire', 'Ceasefire', 'war'), tag('peace', 'Peace')];
const articles = new Map<string, Article>([
  ['a', { id: 'a', title: 'A', source: 'SANA', language: 'en', ...bundledMeta, textHash: '' }],
  ['b', { id: 'b', title: 'B', source: null, language: 'fr', ...bundledMeta, textHash: '' }],
]);
const all = [
  annotation('1', 'b', 10, ['peace'], 'a note about talks', '2026-03-01T00:00:00.000Z'),
  annotation('2', 'a', 50, ['ceasefire'], '', '2026-02-01T00:00:00.000Z'),
  annotation('3', 'a', 5, [], 'Geneva', '2026-04-01T00:00:00.000Z'),
  annotation('orphaned', 'b', 1, ['war']),
];
const ids = (list: Annotation[]) => list.map((a) => a.id);

describe('filterAnnotations', () => {
  it('sorts by article order then text position by default', () => {
    expect(ids(filterAnnotations(all, emptyFilters, articles, tags))).toEqual([
      '3',
      '2',
      'orphaned',
      '1',
    ]);
  });

  it('matches child tags when a parent tag is chosen', () => {
    expect(ids(filterAnnotations(all, { ...emptyFilters, tags: ['war'] }, articles, tags))).toEqual(
      ['2', 'orphaned'],
    );
  });

  it('filters by outlet (unknown included), language, status and a text query', () => {
    expect(
      ids(filterAnnotations(all, { ...emptyFilters, outlets: ['(unknown)'] }, articles, tags)),
    ).toEqual(['orphaned', '1']);
    expect(
      ids(
        filterAnnotations(
          all,
          { ...emptyFilters, languages: ['fr'], statuses: ['orphan'] },
          articles,
          tags,
        ),
      ),
    ).toEqual(['orphaned']);
    expect(
      ids(filterAnnotations(all, { ...emptyFilters, query: 'TALKS' }, articles, tags)),
    ).toEqual(['1']);
    expect(
      ids(filterAnnotations(all, { ...emptyFilters, query: 'quote e' }, articles, tags)),
    ).toHaveLength(4);
  });

  it('sorts by date (newest first) and by tag (untagged last)', () => {
    expect(ids(filterAnnotations(all, { ...emptyFilters, sort: 'date' }, articles, tags))).toEqual([
      '3',
      '1',
      '2',
      'orphaned',
    ]);
    expect(ids(filterAnnotations(all, { ...emptyFilters, sort: 'tag' }, articles, tags))).toEqual([
      '2',
      '1',
      'orphaned',
      '3',
    ]);
  });
});

describe('filters in the URL', () => {
  it('round-trips through search params and ignores unknown statuses', () => {
    const filters = {
      ...emptyFilters,
      tags: ['war', 'peace'],
      outlets: ['SANA'],
      query: 'x y',
      sort: 'tag' as const,
    };
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
    expect(filtersFromParams(new URLSearchParams('status=bogus&status=fuzzy')).statuses).toEqual([
      'fuzzy',
    ]);
    expect(filtersToParams(emptyFilters).toString()).toBe('');
  });
});
