import type { Annotation } from '../model';

function firstStart(annotation: Annotation): number {
  return Math.min(...annotation.ranges.map((range) => range.start));
}

/**
 * Reading order of an article's annotations: by where the first range starts, then where it
 * ends, then creation time and id, so the order is total and the same on every read.
 */
export function byPosition(a: Annotation, b: Annotation): number {
  return (
    firstStart(a) - firstStart(b) ||
    (a.ranges[0]?.end ?? 0) - (b.ranges[0]?.end ?? 0) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}
