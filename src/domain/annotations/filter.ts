import type { Article } from '../corpus/types';
import type { AnchorStatus, Annotation, ArticleSet, Tag } from '../model';
import { foldText } from '../text/fold';
import { effectiveParent } from '../codebook/order';

export interface AnnotationFilters {
  /** Tag ids; a parent tag also matches its children. Any of them matches. */
  tags: string[];
  articles: string[];
  outlets: string[];
  languages: string[];
  statuses: AnchorStatus[];
  /** Coder ids (layers); none = every layer. */
  coders?: string[];
  /** Set ids: an annotation matches when its article is in any of them; none = every article. */
  sets?: string[];
  /** Words that must all appear in the quote or the note (case and accents ignored). */
  query: string;
  sort: 'article' | 'date' | 'tag';
}

export const emptyFilters: AnnotationFilters = {
  tags: [],
  articles: [],
  outlets: [],
  languages: [],
  statuses: [],
  query: '',
  sort: 'article',
};

/** What the filters read of an article: its outlet and language (the map's order is library order). */
export type ArticleFacts = Pick<Article, 'source' | 'language'>;

/** The name used for an article whose outlet is unknown, in filters as in the UI. */
export const UNKNOWN_OUTLET_KEY = '(unknown)';

/** Expands tag ids with their children (one level of hierarchy). */
export function withChildTags(tagIds: readonly string[], tags: readonly Tag[]): Set<string> {
  const wanted = new Set(tagIds);
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  for (const tag of tags) {
    const parent = effectiveParent(tag, byId);
    if (parent && wanted.has(parent.id)) wanted.add(tag.id);
  }
  return wanted;
}

function firstStart(annotation: Annotation): number {
  return Math.min(...annotation.ranges.map((r) => r.start));
}

/**
 * The articles of the chosen sets (any of them), or null when no set is chosen. A set that no
 * longer exists holds nothing, so a link to it shows nothing rather than everything.
 */
export function setMembers(
  setIds: readonly string[] | undefined,
  sets: readonly ArticleSet[],
): ReadonlySet<string> | null {
  if (!setIds || setIds.length === 0) return null;
  const wanted = new Set(setIds);
  return new Set(sets.filter((set) => wanted.has(set.id)).flatMap((set) => set.articleIds));
}

/**
 * Filters annotations across articles and sorts them: by article (library order, then position
 * in the text), by date (newest first) or by tag (first tag's name, untagged last).
 */
export function filterAnnotations(
  annotations: readonly Annotation[],
  filters: AnnotationFilters,
  articles: ReadonlyMap<string, ArticleFacts>,
  tags: readonly Tag[],
  sets: readonly ArticleSet[] = [],
): Annotation[] {
  const inSets = setMembers(filters.sets, sets);
  const tagIds = filters.tags.length > 0 ? withChildTags(filters.tags, tags) : null;
  const words = foldText(filters.query).split(/\s+/).filter(Boolean);
  const tagName = new Map(tags.map((t) => [t.id, t.name]));
  const kept = annotations.filter((a) => {
    const article = articles.get(a.articleId);
    if (tagIds && !a.tagIds.some((id) => tagIds.has(id))) return false;
    if (filters.articles.length > 0 && !filters.articles.includes(a.articleId)) return false;
    if (inSets && !inSets.has(a.articleId)) return false;
    if (
      filters.outlets.length > 0 &&
      !filters.outlets.includes(article?.source ?? UNKNOWN_OUTLET_KEY)
    )
      return false;
    if (filters.languages.length > 0 && !filters.languages.includes(article?.language ?? ''))
      return false;
    if (filters.statuses.length > 0 && !filters.statuses.includes(a.status)) return false;
    if (filters.coders && filters.coders.length > 0 && !filters.coders.includes(a.coderId))
      return false;
    if (words.length > 0) {
      const haystack = foldText(`${a.ranges.map((r) => r.exact).join(' ')} ${a.note}`);
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
  // The map lists articles in library order.
  const positions = new Map([...articles.keys()].map((id, index) => [id, index]));
  const orderOf = (a: Annotation) => positions.get(a.articleId) ?? Number.MAX_SAFE_INTEGER;
  // Computed once per annotation, not once per comparison: a sort of 100,000 compares ~2 M times.
  const starts = new Map(kept.map((a) => [a, firstStart(a)]));
  const startOf = (a: Annotation) => starts.get(a) ?? 0;
  const byArticle = (a: Annotation, b: Annotation) =>
    orderOf(a) - orderOf(b) || startOf(a) - startOf(b);
  const firstTag = (a: Annotation) => {
    const name = a.tagIds.map((id) => tagName.get(id)).find((n) => n !== undefined);
    return name === undefined ? null : name;
  };
  const compare = {
    article: byArticle,
    date: (a: Annotation, b: Annotation) =>
      b.createdAt.localeCompare(a.createdAt) || byArticle(a, b),
    tag: (a: Annotation, b: Annotation) => {
      const ta = firstTag(a);
      const tb = firstTag(b);
      if (ta === tb) return byArticle(a, b);
      if (ta === null) return 1;
      if (tb === null) return -1;
      return ta.localeCompare(tb, 'en', { sensitivity: 'base' }) || byArticle(a, b);
    },
  }[filters.sort];
  return kept.sort(compare);
}

const LIST_KEYS = ['tags', 'articles', 'outlets', 'languages', 'statuses'] as const;
const PARAM: Record<(typeof LIST_KEYS)[number], string> = {
  tags: 'tag',
  articles: 'article',
  outlets: 'outlet',
  languages: 'lang',
  statuses: 'status',
};
const STATUSES: readonly AnchorStatus[] = ['exact', 'moved', 'fuzzy', 'orphan'];

/** Reads filters from URL search params (repeated keys for lists), so a view can be linked. */
export function filtersFromParams(params: URLSearchParams): AnnotationFilters {
  const sort = params.get('sort');
  const coders = params.getAll('coder');
  const sets = params.getAll('set');
  return {
    tags: params.getAll(PARAM.tags),
    articles: params.getAll(PARAM.articles),
    outlets: params.getAll(PARAM.outlets),
    languages: params.getAll(PARAM.languages),
    statuses: params
      .getAll(PARAM.statuses)
      .filter((s): s is AnchorStatus => STATUSES.includes(s as AnchorStatus)),
    ...(coders.length > 0 ? { coders } : {}),
    ...(sets.length > 0 ? { sets } : {}),
    query: params.get('q') ?? '',
    sort: sort === 'date' || sort === 'tag' ? sort : 'article',
  };
}

/** Writes filters to URL search params; defaults are left out. */
export function filtersToParams(filters: AnnotationFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of LIST_KEYS) for (const value of filters[key]) params.append(PARAM[key], value);
  for (const coder of filters.coders ?? []) params.append('coder', coder);
  for (const set of filters.sets ?? []) params.append('set', set);
  if (filters.query) params.set('q', filters.query);
  if (filters.sort !== 'article') params.set('sort', filters.sort);
  return params;
}
