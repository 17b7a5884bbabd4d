import { runStartBefore } from '../text/trim-end';

// A full stop after these does not end a sentence ("Mr. Lavrov", "Gen. Akar", "M. Lavrov").
// prettier-ignore
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'capt', 'sgt', 'sen', 'rep', 'gov',
  'pres', 'st', 'jr', 'sr', 'no', 'vs', 'etc', 'approx', 'dept', 'mme', 'mlle', 'mgr',
]);
// Sentence-ending punctuation, closing quotes or brackets, then a space or the end.
// It starts only where a run of punctuation starts, so a long run ("!!!!…") is read once.
const SENTENCE_END = /(?<![.!?…])[.!?…]+["”»’')\]]*(?=\s|$)/gu;

const WORD_OR_DOT = /^[\p{L}.]$/u;

function endsWithAbbreviation(text: string, end: number): boolean {
  const word = text.slice(
    runStartBefore(text, end, (c) => WORD_OR_DOT.test(c)),
    end,
  );
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
    if (match[0] === '.' && endsWithAbbreviation(text, match.index)) continue;
    return text.slice(0, match.index + match[0].length).trim();
  }
  return text.trim();
}
