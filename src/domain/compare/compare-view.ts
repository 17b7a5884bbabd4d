import { withChildTags } from '../annotations/filter';
import type { Annotation, Tag } from '../model';
import { coOccurrence, tagCountsByOutlet, type TagCounts } from './compare';

/** What Compare needs to know of an article: its id, outlet, title and language, in library order. */
export interface CompareArticle {
  id: string;
  source: string | null;
  title: string;
  language: string;
}

/** How many columns a page of Compare shows. */
export const COMPARE_COLUMNS_PER_PAGE = 24;

/**
 * A question of Compare as its address states it (tags, coders, set), before the page has read
 * the library: the worker reads the articles, the set and the codebook itself to answer its first
 * page (docs/architecture.md "Views at scale").
 */
export interface CompareQuestion {
  tagIds: readonly string[];
  coderIds: readonly string[];
  setId: string | null;
  columns: number;
}

/** One Compare screen's question: which tags, coders and articles, and how many columns. */
export interface CompareQuery {
  /** The chosen tags (their children count too). */
  tagIds: readonly string[];
  /** The chosen coders' layers; every layer when empty. */
  coderIds: readonly string[];
  /** The articles compared, in library order (those of the chosen set when one is). */
  articles: readonly CompareArticle[];
  /** The chosen set's members, or null when no set is chosen. */
  members: readonly string[] | null;
  tags: readonly Tag[];
  unknownOutlet: string;
  /** How many columns with passages to give in full (a page or more). */
  columns: number;
}

/** A column: one article and its passages in reading order. */
export interface CompareViewColumn {
  articleId: string;
  /** The article as the answer was computed for it: the page shows it without its own library. */
  article: CompareArticle;
  passages: Annotation[];
}

/**
 * What Compare shows. A first page (`complete: false`) has its columns only; the totals, the
 * articles without passages, the counts and the co-occurrence follow once every annotation is read.
 */
export interface CompareView {
  complete: boolean;
  /** The first `query.columns` articles that have passages, in library order. */
  columns: CompareViewColumn[];
  /** How many articles have passages in all (null on a first page). */
  withPassages: number | null;
  /** The ids of the articles without passages, in library order (null on a first page). */
  without: string[] | null;
  counts: TagCounts | null;
  matrix: number[][] | null;
}

const firstStart = (a: Annotation) => {
  let min = Infinity;
  for (const r of a.ranges) if (r.start < min) min = r.start;
  return min;
};

/** Keeps the annotations of the chosen layers and set: what every table of Compare counts. */
function chosenLayers(annotations: Iterable<Annotation>, query: CompareQuery): Annotation[] {
  const coders = query.coderIds.length > 0 ? new Set(query.coderIds) : null;
  const members = query.members ? new Set(query.members) : null;
  const kept: Annotation[] = [];
  for (const a of annotations) {
    if (coders && !coders.has(a.coderId)) continue;
    if (members && !members.has(a.articleId)) continue;
    kept.push(a);
  }
  return kept;
}

/** The passages coded with the chosen tags, grouped by article (orphans left out). */
function passagesByArticle(
  annotations: readonly Annotation[],
  query: CompareQuery,
): Map<string, Annotation[]> {
  const wanted = withChildTags(query.tagIds, query.tags);
  const byArticle = new Map<string, Annotation[]>();
  if (wanted.size === 0) return byArticle;
  for (const a of annotations) {
    if (a.status === 'orphan' || !a.tagIds.some((id) => wanted.has(id))) continue;
    const list = byArticle.get(a.articleId);
    if (list) list.push(a);
    else byArticle.set(a.articleId, [a]);
  }
  return byArticle;
}

function sorted(passages: Annotation[]): Annotation[] {
  const starts = new Map(passages.map((a) => [a, firstStart(a)]));
  return passages.sort((a, b) => (starts.get(a) ?? 0) - (starts.get(b) ?? 0));
}

/**
 * Everything Compare shows, from every annotation: the first `query.columns` columns in full,
 * the number of articles with passages, those without, the tag counts per outlet and the
 * co-occurrence of the chosen layers. Linear in the annotations, so it can run in a worker over
 * a hundred thousand of them.
 */
export function computeCompareView(
  annotations: Iterable<Annotation>,
  query: CompareQuery,
): CompareView {
  const layers = chosenLayers(annotations, query);
  const byArticle = passagesByArticle(layers, query);
  const columns: CompareViewColumn[] = [];
  const without: string[] = [];
  let withPassages = 0;
  for (const article of query.articles) {
    const passages = byArticle.get(article.id);
    if (!passages) {
      without.push(article.id);
      continue;
    }
    withPassages++;
    if (columns.length < query.columns)
      columns.push({ articleId: article.id, article, passages: sorted(passages) });
  }
  const outlets = new Map(query.articles.map((a) => [a.id, a]));
  return {
    complete: true,
    columns,
    withPassages,
    without,
    counts: tagCountsByOutlet(layers, outlets, query.tags, query.unknownOutlet),
    matrix: coOccurrence(layers, query.tags),
  };
}

/**
 * A first page of Compare from the annotations of some articles only (the first ones in library
 * order): the columns among them, no totals. `annotationsOf` returns each article's annotations.
 * Stops once `query.columns` columns are found or `maxArticles` articles were looked at, so the
 * first screen never waits for the whole table.
 */
export async function firstCompareColumns(
  annotationsOf: (articleIds: string[]) => Promise<Annotation[]>,
  query: CompareQuery,
  options: { batch?: number; maxArticles?: number } = {},
): Promise<CompareView> {
  const batch = options.batch ?? 48;
  const maxArticles = options.maxArticles ?? 2_000;
  const columns: CompareViewColumn[] = [];
  for (
    let from = 0;
    from < query.articles.length && from < maxArticles && columns.length < query.columns;
    from += batch
  ) {
    const some = query.articles.slice(from, from + batch);
    const ids = some.map((a) => a.id);
    const byArticle = passagesByArticle(chosenLayers(await annotationsOf(ids), query), query);
    for (const article of some) {
      const passages = byArticle.get(article.id);
      if (passages && columns.length < query.columns)
        columns.push({ articleId: article.id, article, passages: sorted(passages) });
    }
  }
  return {
    complete: false,
    columns,
    withPassages: null,
    without: null,
    counts: null,
    matrix: null,
  };
}

const sameList = <T>(
  a: readonly T[] | null,
  b: readonly T[] | null,
  same: (x: T, y: T) => boolean,
) =>
  a === b ||
  (a !== null && b !== null && a.length === b.length && a.every((x, i) => same(x, b[i] as T)));

/**
 * Whether two queries have the same first page: the same tags (and codebook), layers, set and
 * articles in the same order with the same details. A worker that answered one need not send the
 * other's first page again (the early question of the address, then the page's own).
 */
export function sameFirstPage(a: CompareQuery, b: CompareQuery): boolean {
  const is = <T>(x: T, y: T) => x === y;
  return (
    a.columns === b.columns &&
    sameList(a.tagIds, b.tagIds, is) &&
    sameList(a.coderIds, b.coderIds, is) &&
    sameList(a.members, b.members, is) &&
    sameList(a.tags, b.tags, (x, y) => x.id === y.id && x.parentId === y.parentId) &&
    sameList(
      a.articles,
      b.articles,
      (x, y) =>
        x.id === y.id && x.source === y.source && x.title === y.title && x.language === y.language,
    )
  );
}
