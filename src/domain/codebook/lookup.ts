import type { Tag } from '../model';

/** The codebook by tag id, for looking up the tags of many annotations. */
export function tagsById<T extends Pick<Tag, 'id'>>(tags: readonly T[]): Map<string, T> {
  return new Map(tags.map((tag) => [tag.id, tag]));
}

/**
 * The tags an annotation's `tagIds` name, in the annotation's order; ids that are not (or no
 * longer) in the codebook are left out.
 */
export function tagsOf<T>(tagIds: readonly string[], byId: ReadonlyMap<string, T>): T[] {
  return tagIds.flatMap((id) => {
    const tag = byId.get(id);
    return tag === undefined ? [] : [tag];
  });
}
