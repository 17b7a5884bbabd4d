// Lower-case particles that belong inside names: "Staffan de Mistura", "Walid al-Moallem".
// prettier-ignore
const NAME_PARTICLES = new Set([
  'de', 'du', 'da', 'di', 'del', 'della', 'der', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'ben',
  'le', 'la', 'y', 'and', 'et',
]);
const CREDIT_PREFIX = /^(?:by|par|por|von|—|–|-)\s+/iu;
const MAX_BYLINE_LENGTH = 50;
const MAX_NAME_WORDS = 5;

/** The name in a byline line: trimmed, without "By "/"Par ". */
export function bylineName(line: string): string {
  return line.trim().replace(CREDIT_PREFIX, '');
}

function isNameWord(word: string): boolean {
  if (NAME_PARTICLES.has(word)) return true;
  if (/^(?:al|el)-\p{Lu}/u.test(word)) return true;
  return /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word);
}

/**
 * True when a line reads as an author credit: a person's name ("Manal Ismael", "By Hamda
 * Mustafa") or initials ("SS", "J.D."). A single capitalised word ("Conclusion") is not enough.
 */
export function looksLikeByline(line: string): boolean {
  const name = bylineName(line);
  if (name.length === 0 || name.length > MAX_BYLINE_LENGTH) return false;
  if (/[\p{N}.!?:;,…"”»)]$/u.test(name) && !/^(?:\p{Lu}\.)+$/u.test(name)) return false;
  if (/\p{N}/u.test(name)) return false;
  const words = name.split(/\s+/u);
  if (words.length === 1) return /^(?:\p{Lu}{2,4}|(?:\p{Lu}\.){2,4})$/u.test(name);
  if (words.length > MAX_NAME_WORDS) return false;
  return words.every(isNameWord) && /^\p{Lu}/u.test(words[0] ?? '');
}
