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

/**
 * The list with `changed` put in (replacing the item with its id, if any) and the items named in
 * `removed` taken out, in reading order. `list` must be in reading order; unchanged items keep
 * their identity, so memoised views of them do not re-render. A binary search finds each place.
 * @param annotationOf reads the annotation an item describes
 */
export function patchInOrder<T>(
  list: readonly T[],
  changed: readonly T[],
  removed: ReadonlySet<string>,
  annotationOf: (item: T) => Annotation,
): T[] {
  const drop = new Set(removed);
  for (const item of changed) drop.add(annotationOf(item).id);
  const next =
    drop.size === 0 ? [...list] : list.filter((item) => !drop.has(annotationOf(item).id));
  for (const item of changed) {
    const annotation = annotationOf(item);
    let low = 0;
    let high = next.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byPosition(annotationOf(next[middle] as T), annotation) <= 0) low = middle + 1;
      else high = middle;
    }
    next.splice(low, 0, item);
  }
  return next;
}
