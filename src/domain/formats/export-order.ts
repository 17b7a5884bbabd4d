import type { Annotation, Tag } from '../model';
import type { ExportInput } from './types';

const byName = (a: Tag, b: Tag) => a.nameKey.localeCompare(b.nameKey) || a.id.localeCompare(b.id);

/**
 * The codebook as the Tags page shows it: top-level tags by name, each followed by its
 * sub-tags by name; a sub-tag whose parent is missing comes with the top level.
 */
export function codebookOrder(tags: readonly Tag[]): Tag[] {
  const ids = new Set(tags.map((t) => t.id));
  const top = tags.filter((t) => t.parentId === null || !ids.has(t.parentId)).sort(byName);
  return top.flatMap((parent) => [
    parent,
    ...tags.filter((t) => t.parentId === parent.id && t.id !== parent.id).sort(byName),
  ]);
}

/**
 * Puts an export in reading order: annotations by article (the library's order), then by start
 * and end offset; tags in codebook order, and each annotation's tags in that order too (except
 * for the native backup, which keeps records exactly as stored).
 */
export function orderExport(input: ExportInput, keepTagOrder = false): ExportInput {
  const tags = codebookOrder(input.tags);
  const tagRank = new Map(tags.map((t, i) => [t.id, i]));
  const articleRank = new Map(input.articles.map((a, i) => [a.id, i]));
  const rank = (a: Annotation) => articleRank.get(a.articleId) ?? Number.MAX_SAFE_INTEGER;
  const start = (a: Annotation) => Math.min(...a.ranges.map((r) => r.start));
  const end = (a: Annotation) => Math.min(...a.ranges.map((r) => r.end));
  const annotations = [...input.annotations]
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        a.articleId.localeCompare(b.articleId) ||
        start(a) - start(b) ||
        end(a) - end(b) ||
        a.id.localeCompare(b.id),
    )
    .map((a) =>
      keepTagOrder
        ? a
        : {
            ...a,
            tagIds: [...a.tagIds].sort(
              (x, y) =>
                (tagRank.get(x) ?? Number.MAX_SAFE_INTEGER) -
                (tagRank.get(y) ?? Number.MAX_SAFE_INTEGER),
            ),
          },
    );
  return { ...input, tags, annotations };
}
