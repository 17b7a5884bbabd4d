import { trimEndWhere } from '../text/trim-end';
import { matchDateline } from './dateline';
import { firstSentence } from './sentence';
import { isStopWord } from './stop-words';

const PUNCT_OR_SYMBOL = /^[\p{P}\p{S}]$/u;
const SPACE_OR_PUNCT = /^[\s\p{P}]$/u;

/** The title of a document that has no text to take one from. */
export const UNTITLED = 'Untitled document';
/** Headlines longer than this read as a paragraph of prose. */
export const MAX_HEADLINE_LENGTH = 200;
/** A title made from a sentence is cut at a word boundary to at most this many characters. */
export const MAX_DERIVED_TITLE_LENGTH = 90;

/**
 * True when a line reads as a headline: one short sentence (≤ 200 characters) that does not end
 * with a full stop or other clause punctuation and does not open with a news dateline.
 */
export function readsAsHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_HEADLINE_LENGTH) return false;
  if (!/\p{L}/u.test(trimmed) || /[.,;:]$/u.test(trimmed)) return false;
  if (matchDateline(trimmed)) return false;
  return firstSentence(trimmed) === trimmed;
}

/**
 * Shortens a text to at most `max` characters at a word boundary, dropping trailing function
 * words and punctuation ("… the use of force for" → "… the use of force") and adding "…".
 */
export function shortenAtWord(text: string, max: number, language: string): string {
  if (text.length <= max) return text;
  const words = text.slice(0, max + 1).split(/\s+/);
  // The last piece is cut mid-word unless the cut fell on a space.
  if (!/\s/u.test(text.charAt(max))) words.pop();
  while (words.length > 1) {
    const last = trimEndWhere(words[words.length - 1] ?? '', (c) => PUNCT_OR_SYMBOL.test(c));
    if (last !== '' && !isStopWord(language, last)) break;
    words.pop();
  }
  const kept = trimEndWhere(words.join(' '), (c) => SPACE_OR_PUNCT.test(c));
  if (kept !== '') return `${kept}…`;
  // One word longer than the limit: cut it by code points so no surrogate pair is split.
  return `${Array.from(text)
    .slice(0, max - 1)
    .join('')}…`;
}

/**
 * A title made from the first paragraph of prose: its first sentence without the dateline
 * ("Moscow, SANA-") and the final full stop, shortened at a word boundary when long.
 */
export function titleFromProse(paragraph: string, language: string): string {
  const withoutDateline = paragraph.slice(matchDateline(paragraph)?.length ?? 0);
  const sentence = firstSentence(withoutDateline).replace(/\.$/u, '').trim();
  if (sentence === '') return UNTITLED;
  return shortenAtWord(sentence, MAX_DERIVED_TITLE_LENGTH, language);
}

const HEADING_MARKS = /^ {0,3}#{1,6}[ \t]+/u;
// A title is one line of at most MAX_HEADLINE_LENGTH characters, so a scan that moves is cheap.
// eslint-disable-next-line regexp/no-super-linear-move
const LINK = /\[([^\]\n]*)\]\([^)\n]*\)/gu;
const EMPHASIS = /(\*\*|__|\*|_|`)([^*_`\n]+)\1/gu;

/**
 * A title as a reader sees it when its line is Markdown: "# **Talks** in [Geneva](…) #" →
 * "Talks in Geneva". Heading marks go for any document (a pasted "# Title" is a heading too);
 * links and emphasis only in Markdown files, where `*` and `_` are syntax. Only the title changes:
 * the canonical text keeps every character.
 */
export function plainTitle(title: string, markdown: boolean): string {
  let plain = title;
  if (HEADING_MARKS.test(plain)) plain = withoutClosingHashes(plain.replace(HEADING_MARKS, ''));
  if (markdown) plain = plain.replace(LINK, '$1').replace(EMPHASIS, '$2');
  const trimmed = plain.trim();
  return trimmed === '' ? title : trimmed;
}

/** "Talks ##" → "Talks": the optional closing sequence of an ATX heading. */
function withoutClosingHashes(line: string): string {
  const trimmed = line.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end -= 1;
  if (end === trimmed.length || (end > 0 && !/\s/u.test(trimmed[end - 1] ?? ''))) return line;
  return trimmed.slice(0, end).trimEnd();
}
