import type { Article } from './corpus/types';
import { languageSearchNames, type LibrarySortKey } from './library';
import { foldText } from './text/fold';

/*
 * The library at scale (ten thousand articles and more). Every facet value is interned once per
 * article list as a small integer code in a typed array, the sort orders are permutations
 * computed once per list, and the folded search text is built the first time a filter is typed.
 * A facet click or a filter keystroke is then one pass over integers, with no sorting and no
 * per-article allocation.
 */

/** A facet value standing for "none" (no outlet, no date). */
export const NONE = '-';

export type FacetName = 'outlet' | 'language' | 'year' | 'month' | 'coded' | 'set' | 'tag';

export const FACET_NAMES: readonly FacetName[] = [
  'outlet',
  'language',
  'year',
  'month',
  'coded',
  'set',
  'tag',
];

/** One selected value per facet, or none. */
export type FacetSelection = Partial<Record<FacetName, string>>;

/**
 * One facet over an article list: its distinct values, and each article's value codes — one
 * code per article (`single`), or a list per article for facets an article can have several
 * values of (sets, tags).
 */
export interface FacetData {
  values: readonly string[];
  codeOf: ReadonlyMap<string, number>;
  single?: Int32Array;
  multi?: readonly (readonly number[])[];
}

/** Interns values as codes 0, 1, 2… in the order first seen. */
class Interner {
  readonly values: string[] = [];
  readonly codeOf = new Map<string, number>();
  code(value: string): number {
    let code = this.codeOf.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codeOf.set(value, code);
    }
    return code;
  }
}

function singleFacet(count: number, valueOf: (index: number) => string): FacetData {
  const interner = new Interner();
  const single = new Int32Array(count);
  for (let i = 0; i < count; i++) single[i] = interner.code(valueOf(i));
  return { values: interner.values, codeOf: interner.codeOf, single };
}

const noCodes: readonly number[] = [];

/**
 * A facet whose values an article can have several of: `membership` maps an article id to its
 * values (set ids, tag ids). Linear in the articles and their memberships.
 */
export function multiFacet(
  articles: readonly Article[],
  membership: ReadonlyMap<string, readonly string[]>,
): FacetData {
  const interner = new Interner();
  const multi = articles.map((article) => {
    const values = membership.get(article.id);
    return values && values.length > 0 ? values.map((value) => interner.code(value)) : noCodes;
  });
  return { values: interner.values, codeOf: interner.codeOf, multi };
}

/** The coded/uncoded facet from annotation counts by article id. */
export function codedFacet(
  articles: readonly Article[],
  counts: Readonly<Record<string, number>>,
): FacetData {
  return singleFacet(articles.length, (i) =>
    (counts[(articles[i] as Article).id] ?? 0) > 0 ? 'coded' : 'uncoded',
  );
}

/** The facets an article's own fields give, and its folded search text on demand. */
export interface LibraryIndex<A extends Article = Article> {
  articles: readonly A[];
  outlet: FacetData;
  language: FacetData;
  year: FacetData;
  /** "2016-11", under its year. */
  month: FacetData;
  /** Title, outlet, byline and language names, folded (case and accents ignored); built once. */
  searchText: () => readonly string[];
}

/**
 * Indexes the articles' own facets. Linear; each facet waits for its first use and the search
 * text for the first filter.
 */
export function indexLibrary<A extends Article>(articles: readonly A[]): LibraryIndex<A> {
  const at = (i: number) => articles[i] as A;
  let searchText: string[] | null = null;
  // Each facet is interned the first time it is asked for: the first paint of a long list in
  // title order needs none of them (docs/architecture.md, "Articles").
  const once = (valueOf: (index: number) => string) => {
    let data: FacetData | null = null;
    return () => (data ??= singleFacet(articles.length, valueOf));
  };
  const outlet = once((i) => at(i).source ?? NONE);
  const language = once((i) => at(i).language);
  const year = once((i) => at(i).date?.slice(0, 4) ?? NONE);
  const month = once((i) => {
    const date = at(i).date;
    return date && date.length >= 7 ? date.slice(0, 7) : NONE;
  });
  return {
    articles,
    get outlet() {
      return outlet();
    },
    get language() {
      return language();
    },
    get year() {
      return year();
    },
    get month() {
      return month();
    },
    searchText: () => {
      if (searchText) return searchText;
      const languageNames = new Map<string, string>();
      searchText = articles.map((article) => {
        let names = languageNames.get(article.language);
        if (names === undefined) {
          names = languageSearchNames(article.language).join(' ');
          languageNames.set(article.language, names);
        }
        return foldText(
          [article.title, article.source ?? '', article.byline ?? '', names].join(' '),
        );
      });
      return searchText;
    },
  };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Each article's rank by title (the collator's order), computed once per list. */
export function titleRanks(articles: readonly Article[]): Uint32Array {
  const order = Array.from(articles.keys());
  const titles = articles.map((a) => a.title);
  order.sort((a, b) => collator.compare(titles[a] as string, titles[b] as string) || a - b);
  const ranks = new Uint32Array(articles.length);
  order.forEach((index, rank) => (ranks[index] = rank));
  return ranks;
}

/**
 * The articles' indices in a sort order (arrangeLibrary's): by title; by date, newest first,
 * undated last; by outlet, unknown last; ties by title. Outlets are few: they are compared
 * through their facet codes' ranks, not string by string.
 */
export function sortOrder(
  index: LibraryIndex,
  ranks: Uint32Array,
  sort: LibrarySortKey,
): Uint32Array {
  const { articles } = index;
  const order = Array.from(articles.keys());
  const byTitle = (a: number, b: number) => (ranks[a] as number) - (ranks[b] as number);
  if (sort === 'title') order.sort(byTitle);
  else if (sort === 'date') {
    const dates = articles.map((a) => a.date);
    order.sort((a, b) => {
      const x = dates[a] ?? null;
      const y = dates[b] ?? null;
      if (x === y) return byTitle(a, b);
      if (x === null) return 1;
      if (y === null) return -1;
      return y < x ? -1 : 1;
    });
  } else {
    const { values, single } = index.outlet;
    const none = index.outlet.codeOf.get(NONE) ?? -1;
    const valueRank = new Int32Array(values.length);
    [...values.keys()]
      .sort((a, b) => collator.compare(values[a] as string, values[b] as string))
      .forEach((code, rank) => (valueRank[code] = rank));
    const codes = single as Int32Array;
    order.sort((a, b) => {
      const x = codes[a] as number;
      const y = codes[b] as number;
      if (x === y) return byTitle(a, b);
      // "No outlet" is stored as null: last, whatever its name would sort as.
      if (x === none) return 1;
      if (y === none) return -1;
      return (valueRank[x] as number) - (valueRank[y] as number) || byTitle(a, b);
    });
  }
  return Uint32Array.from(order);
}

/**
 * Which articles match a free-text query (every word, folded, somewhere in the search text);
 * null when the query is empty (all match).
 */
export function matchQuery(index: LibraryIndex, query: string): Uint8Array | null {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const texts = index.searchText();
  const match = new Uint8Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    let all = true;
    for (const word of words)
      if (!text.includes(word)) {
        all = false;
        break;
      }
    if (all) match[i] = 1;
  }
  return match;
}

/**
 * The articles in `order` that match the query, with no facet selected: what viewLibrary shows
 * then, without counting any facet. For the first paint, before the counts are computed.
 */
export function shownInOrder<A extends Article>(
  index: LibraryIndex<A>,
  order: Uint32Array,
  match: Uint8Array | null,
): A[] {
  const shown: A[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    if (!match || match[i] === 1) shown.push(index.articles[i] as A);
  }
  return shown;
}

/** Facet value → how many of the shown articles (with the other facets applied) have it. */
export type FacetCounts = Record<FacetName, Map<string, number>>;

export interface LibraryView<A extends Article> {
  shown: A[];
  counts: FacetCounts;
}

/** Every facet's data, for viewLibrary. */
export type LibraryFacetData = Record<FacetName, FacetData>;

/** The facets of an index with the ones that come from elsewhere (coding, sets, tags). */
export function facetData(
  index: LibraryIndex,
  others: Pick<LibraryFacetData, 'coded' | 'set' | 'tag'>,
): LibraryFacetData {
  const { outlet, language, year, month } = index;
  return { outlet, language, year, month, ...others };
}

function hasCode(data: FacetData, article: number, code: number): boolean {
  if (data.single) return data.single[article] === code;
  return (data.multi?.[article] ?? noCodes).includes(code);
}

/**
 * Filters the articles, in `order`, by a query match and the selected facets, and counts each
 * facet's values among the articles that match the query and every other facet (so a facet's
 * counts say what clicking its values would show). Linear, over integer codes.
 */
export function viewLibrary<A extends Article>(
  index: LibraryIndex<A>,
  order: Uint32Array,
  match: Uint8Array | null,
  selection: FacetSelection,
  facets: LibraryFacetData,
): LibraryView<A> {
  const data = FACET_NAMES.map((name) => facets[name]);
  // -2: not selected; -1: a value no article has (nothing matches it).
  const wanted = FACET_NAMES.map((name) => {
    const value = selection[name];
    return value === undefined ? -2 : (facets[name].codeOf.get(value) ?? -1);
  });
  const selected = wanted.flatMap((code, f) => (code === -2 ? [] : [f]));
  // The misses a facet's counts disregard: its own, and for the year its months too (a month
  // lies under its year, so the other years stay listed with their full counts).
  const year = FACET_NAMES.indexOf('year');
  const month = FACET_NAMES.indexOf('month');
  const disregard = FACET_NAMES.map((_, f) => (1 << f) | (f === year ? 1 << month : 0));
  const tallies = data.map((d) => new Int32Array(d.values.length));
  // Split by kind before the loop, so the loop over every article touches one shape each.
  const singles: { skip: number; codes: Int32Array; tally: Int32Array }[] = [];
  const multis: { skip: number; lists: readonly (readonly number[])[]; tally: Int32Array }[] = [];
  data.forEach((d, f) => {
    const skip = ~(disregard[f] as number);
    const tally = tallies[f] as Int32Array;
    if (d.single) singles.push({ skip, codes: d.single, tally });
    else multis.push({ skip, lists: d.multi ?? [], tally });
  });
  const tests = selected.map((f) => ({
    bit: 1 << f,
    data: data[f] as FacetData,
    code: wanted[f] as number,
  }));
  const shown: A[] = [];
  const { articles } = index;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    if (match && match[i] === 0) continue;
    let misses = 0;
    let count = 0;
    for (const test of tests) {
      if (!hasCode(test.data, i, test.code)) {
        misses |= test.bit;
        count += 1;
      }
    }
    // Missing two facets, an article counts nowhere (unless they are a year and its month).
    if (count > 2 || (count === 2 && misses !== ((1 << year) | (1 << month)))) continue;
    if (misses === 0) shown.push(articles[i] as A);
    // Counted for a facet when the article matches every other selected facet.
    for (const { skip, codes, tally } of singles) {
      if ((misses & skip) !== 0) continue;
      const code = codes[i] as number;
      tally[code] = (tally[code] as number) + 1;
    }
    for (const { skip, lists, tally } of multis) {
      if ((misses & skip) !== 0) continue;
      const list = lists[i] ?? noCodes;
      for (let c = 0; c < list.length; c++) {
        const code = list[c] as number;
        tally[code] = (tally[code] as number) + 1;
      }
    }
  }
  const counts = {} as FacetCounts;
  FACET_NAMES.forEach((name, f) => {
    const map = new Map<string, number>();
    const tally = tallies[f] as Int32Array;
    const values = (data[f] as FacetData).values;
    for (let code = 0; code < tally.length; code++)
      if ((tally[code] as number) > 0) map.set(values[code] as string, tally[code] as number);
    counts[name] = map;
  });
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
