import type { Article } from '../corpus/types';
import { withChildTags } from '../annotations/filter';
import type { Annotation, Tag } from '../model';

/** One column of the comparison: an article and the passages coded with the chosen tags. */
export interface CompareColumn {
  article: Article;
  passages: Annotation[];
}

/**
 * The passages coded with any of `tagIds` (children included), one column per article in library
 * order; articles without such passages are kept so the absence is visible.
 */
export function compareColumns(
  annotations: readonly Annotation[],
  tagIds: readonly string[],
  articles: readonly Article[],
  tags: readonly Tag[],
): CompareColumn[] {
  const wanted = withChildTags(tagIds, tags);
  const byArticle = new Map<string, Annotation[]>();
  for (const a of annotations) {
    if (a.status === 'orphan' || !a.tagIds.some((id) => wanted.has(id))) continue;
    const list = byArticle.get(a.articleId);
    if (list) list.push(a);
    else byArticle.set(a.articleId, [a]);
  }
  const start = (a: Annotation) => Math.min(...a.ranges.map((r) => r.start));
  return articles.map((article) => ({
    article,
    passages: (byArticle.get(article.id) ?? []).sort((a, b) => start(a) - start(b)),
  }));
}

export interface TagCounts {
  /** Row labels: the outlets (or "Unknown outlet"). */
  outlets: string[];
  tags: Tag[];
  /** counts[outletIndex][tagIndex] */
  counts: number[][];
}

/** How many annotations carry each tag, per outlet. */
export function tagCountsByOutlet(
  annotations: readonly Annotation[],
  articles: ReadonlyMap<string, Pick<Article, 'source'>>,
  tags: readonly Tag[],
  unknownOutlet: string,
): TagCounts {
  const outlets = [...new Set([...articles.values()].map((a) => a.source ?? unknownOutlet))].sort(
    (a, b) => (a === unknownOutlet ? 1 : b === unknownOutlet ? -1 : a.localeCompare(b)),
  );
  const tagIndex = new Map(tags.map((t, i) => [t.id, i]));
  const outletIndex = new Map(outlets.map((o, i) => [o, i]));
  const counts = outlets.map(() => tags.map(() => 0));
  for (const a of annotations) {
    const article = articles.get(a.articleId);
    if (!article) continue;
    const row = counts[outletIndex.get(article.source ?? unknownOutlet) as number] as number[];
    for (const id of new Set(a.tagIds)) {
      const column = tagIndex.get(id);
      if (column !== undefined) row[column] = (row[column] ?? 0) + 1;
    }
  }
  return { outlets, tags: [...tags], counts };
}

function overlaps(a: Annotation, b: Annotation): boolean {
  return a.ranges.some((ra) => b.ranges.some((rb) => ra.start < rb.end && rb.start < ra.end));
}

/** The one line the co-occurrence table shows to say what it counts. */
export const CO_OCCURRENCE_EXPLAINED =
  'Each cell counts the annotations with the row’s tag that meet the column’s tag, on the same annotation or on one that overlaps it; the diagonal counts the row’s tag alone.';

/**
 * Tag co-occurrence, counted in annotations (not pairs): matrix[i][j] is how many annotations
 * carrying tag i meet tag j, either carrying it too or overlapping an annotation of the same
 * article that does. The diagonal is each tag's own count, so no cell exceeds its row's diagonal.
 * Orphaned annotations are left out.
 */
export function coOccurrence(annotations: readonly Annotation[], tags: readonly Tag[]): number[][] {
  const index = new Map(tags.map((t, i) => [t.id, i]));
  const matrix = tags.map(() => tags.map(() => 0));
  // Each annotation's tag indexes once, and one list per article: this runs over every
  // annotation of the corpus (a hundred thousand in a large study).
  const byArticle = new Map<string, { a: Annotation; own: number[] }[]>();
  for (const a of annotations) {
    if (a.status === 'orphan') continue;
    const own = [
      ...new Set(a.tagIds.map((id) => index.get(id)).filter((i): i is number => i !== undefined)),
    ];
    const entry = { a, own };
    const list = byArticle.get(a.articleId);
    if (list) list.push(entry);
    else byArticle.set(a.articleId, [entry]);
  }
  for (const list of byArticle.values()) {
    for (const { a, own } of list) {
      if (own.length === 0) continue;
      const met = new Set(own);
      for (const other of list) {
        if (other.a !== a && overlaps(a, other.a)) for (const j of other.own) met.add(j);
      }
      for (const i of own) {
        const row = matrix[i] as number[];
        for (const j of met) row[j] = (row[j] ?? 0) + 1;
      }
    }
  }
  return matrix;
}
