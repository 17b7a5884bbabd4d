import type { Annotation } from '../model';
import type { SkippedRecord } from './types';

/** The reason a duplicate is skipped with; the preview counts skips by it. */
export const DUPLICATE_REASON = 'duplicate of an annotation already here';

/**
 * What makes two annotations the same passage coded the same way, whatever their ids: the
 * article, the set of ranges and the set of tags. Importing a file twice (doccano has no ids)
 * must not double the annotations.
 */
export function annotationContentKey(a: Annotation): string {
  const ranges = a.ranges.map((r) => `${r.start}-${r.end}`).sort();
  const tags = [...new Set(a.tagIds)].sort();
  return JSON.stringify([a.articleId, ranges, tags]);
}

/** How many of the skipped records are annotations skipped as duplicates. */
export function countDuplicates(skips: readonly SkippedRecord[]): number {
  return skips.filter((s) => s.kind === 'annotation' && s.reason === DUPLICATE_REASON).length;
}
