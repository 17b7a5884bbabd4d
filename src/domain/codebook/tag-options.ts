import type { Tag } from '../model';
import { normalizeTagName, tagNameKey } from './names';

/** One entry of the "Tags" field's list: an existing tag, or creating a new one. */
export type TagOption = { kind: 'tag'; tag: Tag } | { kind: 'create'; name: string };

export const MAX_TAG_SUGGESTIONS = 8;

/**
 * What the "Tags" field offers for a typed text: matching codebook tags first (names that start
 * with it before names that merely contain it), then "Create tag …" as the explicit last entry,
 * only when the name is new and creating is allowed (a locked codebook offers existing tags only).
 * Tags already on the annotation are left out.
 */
export function tagOptions(
  typed: string,
  all: readonly Tag[],
  chosenIds: ReadonlySet<string>,
  allowCreate: boolean,
): TagOption[] {
  const query = tagNameKey(typed);
  if (!query) return [];
  const matches = all
    .filter((t) => !chosenIds.has(t.id) && t.nameKey.includes(query))
    .sort((a, b) => Number(!a.nameKey.startsWith(query)) - Number(!b.nameKey.startsWith(query)))
    .slice(0, MAX_TAG_SUGGESTIONS);
  const options: TagOption[] = matches.map((tag) => ({ kind: 'tag', tag }));
  const name = normalizeTagName(typed);
  const exists = all.some((t) => t.nameKey === query);
  if (allowCreate && name && !exists) options.push({ kind: 'create', name });
  return options;
}
