// A full stop after these does not end a sentence ("Mr. Lavrov", "Gen. Akar", "M. Lavrov").
// prettier-ignore
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'capt', 'sgt', 'sen', 'rep', 'gov',
  'pres', 'st', 'jr', 'sr', 'no', 'vs', 'etc', 'approx', 'dept', 'mme', 'mlle', 'mgr',
]);
// Sentence-ending punctuation, closing quotes or brackets, then a space or the end.
const SENTENCE_END = /[.!?…]+["”»’')\]]*(?=\s|$)/gu;

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (word === '') return false;
  // Initials and dotted acronyms: "U.S", "J", "U.N".
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * The first sentence of a paragraph, with its closing punctuation and quotes, trimmed. Knows
 * the common abbreviations and initials ("U.S.", "Mr.") so it does not cut after them. The
 * whole text (trimmed) when no sentence end is found.
 */
export function firstSentence(text: string): string {
  for (const match of text.matchAll(SENTENCE_END)) {
    const before = text.slice(0, match.index);
    if (match[0] === '.' && endsWithAbbreviation(before)) continue;
    return text.slice(0, match.index + match[0].length).trim();
  }
  return text.trim();
}
