// Characters that draw nothing: zero-width spaces and joiners, the soft hyphen, word joiners,
// the byte-order mark, and the bidirectional marks, embeddings, overrides and isolates.
const INVISIBLE =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/** The text without characters that draw nothing (zero-width, bidi controls, soft hyphen). */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** True when a text shows nothing at all: only whitespace and characters that draw nothing. */
export function isBlankText(text: string): boolean {
  return withoutInvisible(text).trim() === '';
}
