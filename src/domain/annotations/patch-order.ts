import type { Annotation } from '../model';

/**
 * The list with `changed` put in (replacing the item with its id, if any) and the items named in
 * `removed` taken out, in reading order. `list` must be in reading order; unchanged items keep
 * their identity, so memoised views of them do not re-render. A binary search finds each place.
 * @param annotationOf reads the annotation an item describes
 * @param compare the reading order (byPosition in ./order)
 */
export function patchInOrder<T>(
  list: readonly T[],
  changed: readonly T[],
  removed: ReadonlySet<string>,
  annotationOf: (item: T) => Annotation,
  compare: (a: Annotation, b: Annotation) => number,
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
      if (compare(annotationOf(next[middle] as T), annotation) <= 0) low = middle + 1;
      else high = middle;
    }
    next.splice(low, 0, item);
  }
  return next;
}
