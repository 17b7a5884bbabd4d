import { withoutInvisible } from '../text/invisible';
import type { Tag } from '../model';

export { withoutInvisible } from '../text/invisible';

/** Longest tag name, counted in Unicode code points after normalisation. */
export const MAX_TAG_NAME_LENGTH = 60;

/**
 * The form a tag name is stored in: NFC, trimmed, inner whitespace runs
 * collapsed to one space (so "Framing  effect" and "Framing effect" are one tag).
 */
export function normalizeTagName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

// Controls a name may never hold: C0/C1 controls and the bidi embeddings, overrides and
// isolates, which reorder what is shown around them ("\u202Egnimarf" reads as "framing").
const FORBIDDEN = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/**
 * The case-insensitive identity of a tag name; unique across the codebook. Look-alikes are one
 * key: compatibility forms are folded (NFKC: "ﬁ" is "fi", full-width "Ａ" is "a") and
 * characters that draw nothing are dropped, so "Fram\u200Bing" cannot sit beside "Framing".
 */
export function tagNameKey(name: string): string {
  return withoutInvisible(normalizeTagName(name).normalize('NFKC'))
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * What is wrong with a name on its own (empty, too long, control characters), or null. The
 * same rules apply in the form and in every import.
 */
export function tagNameProblem(name: string): string | null {
  const normalized = normalizeTagName(name);
  if (tagNameKey(normalized).length === 0) return 'A tag name cannot be empty.';
  if (Array.from(normalized).length > MAX_TAG_NAME_LENGTH) {
    return `A tag name can have at most ${MAX_TAG_NAME_LENGTH} characters.`;
  }
  if (FORBIDDEN.test(normalized)) return 'A tag name cannot contain control characters.';
  return null;
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
  const problem = tagNameProblem(name);
  if (problem !== null) return problem;
  const key = tagNameKey(name);
  // Keys are recomputed: a tag stored before look-alikes were folded may hold an older key.
  const clash = existing.find(
    (tag) => tag.id !== selfId && (tag.nameKey === key || tagNameKey(tag.name) === key),
  );
  if (clash) return `A tag named "${clash.name}" already exists.`;
  return null;
}
