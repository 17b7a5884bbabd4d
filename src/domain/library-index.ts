import type { Article } from './corpus/types';
import { languageSearchNames, type LibrarySortKey } from './library';
import { foldText } from './text/fold';

/*
 * The library at scale (thousands of articles): what a filter keystroke or a facet click needs is
 * computed once per article list (folded search text, year), and sorting happens once per list
 * and sort order, so that a keystroke is one linear pass and a facet click another.
 */

/** A facet value standing for "none" (no outlet, no date). */
export const NONE = '-';

export type FacetName = 'outlet' | 'language' | 'year' | 'coded' | 'set';

export const FACET_NAMES: readonly FacetName[] = ['outlet', 'language', 'year', 'coded', 'set'];

/** One selected value per facet, or none. */
export type FacetSelection = Partial<Record<FacetName, string>>;

/** An article with what filtering needs, computed once. */
export interface IndexedArticle<A extends Article = Article> {
  article: A;
  /** Title, outlet, byline and language names, folded (case and accents ignored). */
  searchText: string;
  year: string;
}

/** The articles with their folded search text. Linear; language names are looked up once each. */
export function indexLibrary<A extends Article>(articles: readonly A[]): IndexedArticle<A>[] {
  const languageNames = new Map<string, string>();
  return articles.map((article) => {
    let names = languageNames.get(article.language);
    if (names === undefined) {
      names = languageSearchNames(article.language).join(' ');
      languageNames.set(article.language, names);
    }
    return {
      article,
      searchText: foldText(
        [article.title, article.source ?? '', article.byline ?? '', names].join(' '),
      ),
      year: article.date?.slice(0, 4) ?? NONE,
    };
  });
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The indexed articles in a sort order (the same order arrangeLibrary gives). O(n log n). */
export function sortIndexed<A extends Article>(
  entries: readonly IndexedArticle<A>[],
  sort: LibrarySortKey,
): IndexedArticle<A>[] {
  // Collation keys are compared often: compare titles once through a rank.
  const titleRank = new Map<IndexedArticle<A>, number>();
  [...entries]
    .sort((a, b) => collator.compare(a.article.title, b.article.title))
    .forEach((entry, index) => titleRank.set(entry, index));
  const byTitle = (a: IndexedArticle<A>, b: IndexedArticle<A>) =>
    (titleRank.get(a) as number) - (titleRank.get(b) as number);
  const compare: Record<LibrarySortKey, (a: IndexedArticle<A>, b: IndexedArticle<A>) => number> = {
    title: byTitle,
    date: (a, b) => {
      const x = a.article.date;
      const y = b.article.date;
      if (x === y) return byTitle(a, b);
      if (x === null) return 1;
      if (y === null) return -1;
      return y < x ? -1 : 1;
    },
    outlet: (a, b) => {
      const x = a.article.source;
      const y = b.article.source;
      if (x === y) return byTitle(a, b);
      if (x === null) return 1;
      if (y === null) return -1;
      return collator.compare(x, y) || byTitle(a, b);
    },
  };
  return [...entries].sort(compare[sort]);
}

/** What the facets know beyond an article's own fields. */
export interface FacetContext {
  /** Annotation counts by article id. */
  counts: Readonly<Record<string, number>>;
  /** Set ids by article id. */
  setsOf: ReadonlyMap<string, readonly string[]>;
}

/** An article's values for each facet (several for sets). */
function valuesOf(
  entry: IndexedArticle,
  context: FacetContext,
): Record<FacetName, readonly string[]> {
  const { article } = entry;
  return {
    outlet: [article.source ?? NONE],
    language: [article.language],
    year: [entry.year],
    coded: [(context.counts[article.id] ?? 0) > 0 ? 'coded' : 'uncoded'],
    set: context.setsOf.get(article.id) ?? [],
  };
}

/** Facet value → how many of the shown articles (with the other facets applied) have it. */
export type FacetCounts = Record<FacetName, Map<string, number>>;

export interface LibraryView<A extends Article> {
  shown: A[];
  counts: FacetCounts;
}

/**
 * Filters sorted entries by a query (every word, folded, somewhere in the search text) and the
 * selected facets, and counts each facet's values among the entries that match the query and
 * every other facet (so a facet's counts say what clicking its values would show). Linear.
 */
export function viewLibrary<A extends Article>(
  sorted: readonly IndexedArticle<A>[],
  query: string,
  selection: FacetSelection,
  context: FacetContext,
): LibraryView<A> {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const selected = FACET_NAMES.filter((name) => selection[name] !== undefined);
  const counts = Object.fromEntries(FACET_NAMES.map((name) => [name, new Map()])) as FacetCounts;
  const shown: A[] = [];
  for (const entry of sorted) {
    if (!words.every((word) => entry.searchText.includes(word))) continue;
    const values = valuesOf(entry, context);
    const misses = selected.filter((name) => !values[name].includes(selection[name] as string));
    if (misses.length === 0) shown.push(entry.article);
    // Counted for a facet when the article matches every other selected facet.
    for (const name of FACET_NAMES) {
      if (misses.length > 1 || (misses.length === 1 && misses[0] !== name)) continue;
      const map = counts[name];
      for (const value of values[name]) map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return { shown, counts };
}

/** The facet selection in a URL's search parameters. */
export function readFacetSelection(params: URLSearchParams): FacetSelection {
  const selection: FacetSelection = {};
  for (const name of FACET_NAMES) {
    const value = params.get(name);
    if (value !== null && value !== '') selection[name] = value;
  }
  return selection;
}
