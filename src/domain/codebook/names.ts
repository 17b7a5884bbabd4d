import type { Tag } from '../model';

/** Longest tag name, counted in Unicode code points after normalisation. */
export const MAX_TAG_NAME_LENGTH = 60;

/**
 * The form a tag name is stored in: NFC, trimmed, inner whitespace runs
 * collapsed to one space (so "Framing  effect" and "Framing effect" are one tag).
 */
export function normalizeTagName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** The case-insensitive identity of a tag name; unique across the codebook. */
export function tagNameKey(name: string): string {
  return normalizeTagName(name).toLowerCase();
}

/**
 * Checks a proposed tag name against the codebook.
 * @param selfId the tag being renamed, so it does not clash with itself
 * @returns a message for the user, or null when the name is fine
 */
export function validateTagName(
  name: string,
  existing: readonly Tag[],
  selfId?: string,
): string | null {
  const normalized = normalizeTagName(name);
  if (normalized.length === 0) return 'A tag name cannot be empty.';
  if (Array.from(normalized).length > MAX_TAG_NAME_LENGTH) {
    return `A tag name can have at most ${MAX_TAG_NAME_LENGTH} characters.`;
  }
  if (/\p{Cc}/u.test(normalized)) return 'A tag name cannot contain control characters.';
  const key = tagNameKey(normalized);
  const clash = existing.find((tag) => tag.id !== selfId && tag.nameKey === key);
  if (clash) return `A tag named "${clash.name}" already exists.`;
  return null;
}
