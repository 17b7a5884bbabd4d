// A word is a run of letters/digits (with their combining marks), optionally joined by an
// apostrophe or hyphen: "Moscow’s", "al-Assad" and "l’opposition" each count once.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-‐][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** Counts the words of a text in any script that separates words with spaces or punctuation. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The lower-cased word tokens of a text, split at apostrophes so French elisions ("l’", "d’") stand alone. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
}
