import type { Line } from './paragraphs';
import type { ParagraphKind } from './types';

const MAX_SUBHEAD_WORDS = 14;
// A sentence ends with one of these (closing quotes and brackets included); a subhead does not.
const ENDS_SENTENCE = /[.!?:;,…"”’)\]»]\s*$/u;

function readsAsSubhead(text: string): boolean {
  const trimmed = text.trim();
  // At most one word more than a subhead may have: enough to tell, without splitting a paragraph.
  const words = trimmed.split(/\s+/u, MAX_SUBHEAD_WORDS + 1);
  if (words.length < 3 || words.length > MAX_SUBHEAD_WORDS) return false;
  if (ENDS_SENTENCE.test(trimmed) || !/^\p{Lu}/u.test(trimmed)) return false;
  // Headline case: most words of four letters or more are capitalised.
  const long = words.filter((w) => w.replace(/\P{L}/gu, '').length >= 4);
  const capitalised = long.filter((w) => /^\P{L}*\p{Lu}/u.test(w));
  return long.length > 0 && capitalised.length / long.length >= 0.6;
}

/**
 * Marks subheads inside the story: a short line in headline case, without a sentence's closing
 * punctuation, between two body paragraphs (the Syria Times' "US Not Ready to Fight Terrorism
 * …"). Only the kind changes; the line's text and offsets stay as they are.
 */
export function markSubheads(lines: readonly Line[], kinds: ParagraphKind[]): void {
  const body = (i: number) => kinds[i] === 'body';
  for (let i = 1; i < lines.length - 1; i += 1) {
    if (!body(i) || !body(i - 1) || !body(i + 1)) continue;
    if (readsAsSubhead(lines[i]?.text ?? '')) kinds[i] = 'subhead';
  }
}
