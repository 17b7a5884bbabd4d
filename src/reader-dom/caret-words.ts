import type { CaretMove } from './keyboard-selection';

const LIMIT = 80;

function clip(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > LIMIT ? `${flat.slice(0, LIMIT - 1)}…` : flat;
}

/**
 * What a screen reader hears after the caret moved to `index` in a paragraph's `text`: the
 * character after it, the word it is at, or the rest of the line (here: of the paragraph).
 */
export function caretAnnouncement(
  text: string,
  index: number,
  granularity: CaretMove['granularity'],
): string {
  if (index >= text.length) return 'End of paragraph';
  if (granularity === 'character') {
    const char = String.fromCodePoint(text.codePointAt(index) ?? 32);
    return /\s/u.test(char) ? 'space' : char;
  }
  const rest = text.slice(index);
  if (granularity === 'word') {
    const word = /^\s*(\S+)/u.exec(rest)?.[1];
    return word ?? 'End of paragraph';
  }
  return clip(rest) || 'End of paragraph';
}

/** What a screen reader hears after the selection was extended. */
export function selectionAnnouncement(selected: string): string {
  const quote = clip(selected);
  return quote ? `Selected “${quote}”` : 'Nothing selected';
}
