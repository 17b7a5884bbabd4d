import type { Annotation, ArticleSet, Tag } from '../model';
import { filterAnnotations, type AnnotationFilters, type ArticleFacts } from './filter';

/** An article as the annotation list needs it: id, outlet and language, in library order. */
export interface ListArticle extends ArticleFacts {
  id: string;
}

/** One question to the annotation list: the filters and what they are read against. */
export interface AnnotationListQuery {
  filters: AnnotationFilters;
  /** Every article in library order (the order of the "Article order" sort). */
  articles: readonly ListArticle[];
  tags: readonly Tag[];
  sets: readonly ArticleSet[];
}

/** How many annotations one page of the list holds (one request, one reply). */
export const LIST_PAGE = 100;

/** True when no filter is chosen: every annotation matches. */
export function noFilters(filters: AnnotationFilters): boolean {
  return (
    filters.query.trim() === '' &&
    filters.tags.length === 0 &&
    filters.articles.length === 0 &&
    filters.outlets.length === 0 &&
    filters.languages.length === 0 &&
    filters.statuses.length === 0 &&
    (filters.coders ?? []).length === 0 &&
    (filters.sets ?? []).length === 0
  );
}

function factsOf(articles: readonly ListArticle[]): Map<string, ArticleFacts> {
  return new Map(articles.map((a) => [a.id, a]));
}

/**
 * The annotations matching `query`, sorted as /annotations shows them (filterAnnotations over
 * articles given as plain facts, so a worker can run it).
 */
export function listAnnotations(
  annotations: readonly Annotation[],
  query: AnnotationListQuery,
): Annotation[] {
  return filterAnnotations(
    annotations,
    query.filters,
    factsOf(query.articles),
    query.tags,
    query.sets,
  );
}

/**
 * The first page of the list read from the first articles only, so the first screen does not
 * wait for every annotation. Only for the "Article order" sort, where the annotations of the
 * first articles in library order are exactly the list's beginning; null for the other sorts.
 * `annotationsOf` returns the annotations of some articles. Stops once `page` rows are found
 * or `maxArticles` articles were looked at (what was found is still the list's true beginning).
 */
export async function firstAnnotationPage(
  annotationsOf: (articleIds: string[]) => Promise<Annotation[]>,
  query: AnnotationListQuery,
  options: { page?: number; batch?: number; maxArticles?: number } = {},
): Promise<Annotation[] | null> {
  if (query.filters.sort !== 'article') return null;
  const page = options.page ?? LIST_PAGE;
  const batch = options.batch ?? 32;
  const maxArticles = options.maxArticles ?? 2_000;
  const facts = factsOf(query.articles);
  const chosen = query.filters.articles.length > 0 ? new Set(query.filters.articles) : null;
  const ids = query.articles.map((a) => a.id).filter((id) => !chosen || chosen.has(id));
  const found: Annotation[] = [];
  for (let at = 0; at < ids.length && at < maxArticles && found.length < page; at += batch) {
    const some = await annotationsOf(ids.slice(at, at + batch));
    found.push(...filterAnnotations(some, query.filters, facts, query.tags, query.sets));
  }
  return found.slice(0, page);
}
