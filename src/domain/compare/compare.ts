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
  articles: ReadonlyMap<string, Article>,
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

/**
 * Tag co-occurrence: matrix[i][j] counts the passages where tag i and tag j meet, either on the
 * same annotation or on two annotations of one article whose ranges overlap. The diagonal holds
 * each tag's own count.
 */
export function coOccurrence(annotations: readonly Annotation[], tags: readonly Tag[]): number[][] {
  const index = new Map(tags.map((t, i) => [t.id, i]));
  const matrix = tags.map(() => tags.map(() => 0));
  const bump = (i: number, j: number) => {
    (matrix[i] as number[])[j] = ((matrix[i] as number[])[j] ?? 0) + 1;
  };
  const tagged = annotations.filter((a) => a.status !== 'orphan');
  for (const a of tagged) {
    const own = [...new Set(a.tagIds)]
      .map((id) => index.get(id))
      .filter((i): i is number => i !== undefined);
    for (const i of own) for (const j of own) bump(i, j);
  }
  const byArticle = new Map<string, Annotation[]>();
  for (const a of tagged) byArticle.set(a.articleId, [...(byArticle.get(a.articleId) ?? []), a]);
  for (const list of byArticle.values()) {
    for (let x = 0; x < list.length; x += 1) {
      for (let y = x + 1; y < list.length; y += 1) {
        const a = list[x] as Annotation;
        const b = list[y] as Annotation;
        if (!overlaps(a, b)) continue;
        const pairs = new Set<string>();
        for (const ta of a.tagIds) {
          for (const tb of b.tagIds) {
            const i = index.get(ta);
            const j = index.get(tb);
            if (i === undefined || j === undefined || i === j) continue;
            const key = i < j ? `${i}:${j}` : `${j}:${i}`;
            if (pairs.has(key)) continue;
            pairs.add(key);
            bump(i, j);
            bump(j, i);
          }
        }
      }
    }
  }
  return matrix;
}
