import search from 'approx-string-match';
import type { TextRange } from '../model';
import { better, makeCandidate, type Candidate } from './candidate';
import { nearestOccurrence } from './search-windows';

/**
 * Shorter quotes are not matched approximately: with even one error allowed
 * a few characters match almost anywhere, and re-attaching a note to an
 * unrelated word is worse than asking the reader about it.
 */
export const MIN_FUZZY_QUOTE_LENGTH = 8;
/** Upper bound on the edit distance accepted for any quote. */
export const MAX_FUZZY_ERRORS = 32;
/** Text searched on either side of the stored position before the whole text. */
const NEAR_RADIUS = 2000;
/** Context shorter than this is too common to say where the quote went. */
const MIN_CONTEXT_HINT = 8;

/** Edit distance allowed for a quote: a quarter of its length, at most 32. */
export function maxErrorsFor(quote: string): number {
  return Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length / 4));
}

function bestMatchIn(text: string, range: TextRange, low: number, high: number): Candidate | null {
  const from = Math.max(0, low);
  const to = Math.min(text.length, high);
  if (to <= from) return null;
  let best: Candidate | null = null;
  for (const match of search(text.slice(from, to), range.exact, maxErrorsFor(range.exact))) {
    if (match.end <= match.start) continue;
    best = better(
      range,
      best,
      makeCandidate(text, range, from + match.start, from + match.end, match.errors),
    );
  }
  return best;
}

/**
 * Where the stored prefix and suffix now are, if they survived: the edited
 * quote is most likely right between them, however far the text shifted.
 */
function contextHints(text: string, range: TextRange): number[] {
  const hints: number[] = [];
  if (range.prefix.length >= MIN_CONTEXT_HINT) {
    const at = nearestOccurrence(text, range.prefix, range.start - range.prefix.length);
    if (at !== null) hints.push(at + range.prefix.length);
  }
  if (range.suffix.length >= MIN_CONTEXT_HINT) {
    const at = nearestOccurrence(text, range.suffix, range.end);
    if (at !== null) hints.push(at - range.exact.length);
  }
  return hints;
}

/**
 * Finds the closest approximate match of `range.exact` in `text` (fewest
 * edits, then best context agreement, then nearest the stored start).
 *
 * Matching runs first where the quote most likely is — around the stored
 * position and where the stored prefix and suffix now are — and a match
 * there wins even if a closer one exists elsewhere: an edited passage rarely
 * reappears somewhere unrelated. Only when nothing matches there is the whole
 * text searched. Returns null for quotes shorter than
 * {@link MIN_FUZZY_QUOTE_LENGTH}.
 */
export function findFuzzyQuote(text: string, range: TextRange): Candidate | null {
  const { exact } = range;
  if (exact.length < MIN_FUZZY_QUOTE_LENGTH) return null;
  const slack = maxErrorsFor(exact) + 1;
  let best: Candidate | null = null;
  for (const hint of contextHints(text, range)) {
    best = better(range, best, bestMatchIn(text, range, hint - slack, hint + exact.length + slack));
  }
  const start = Math.min(Math.max(range.start, 0), text.length);
  const nearLow = Math.max(0, start - NEAR_RADIUS);
  const nearHigh = Math.min(text.length, start + exact.length + NEAR_RADIUS);
  best = better(range, best, bestMatchIn(text, range, nearLow, nearHigh));
  if (best !== null || (nearLow === 0 && nearHigh === text.length)) return best;
  return bestMatchIn(text, range, 0, text.length);
}
