import type { TextRange } from '../model';
import { better, hasFullContext, makeCandidate, type Candidate } from './candidate';
import { occurrencesIn, windowsAround } from './search-windows';

/**
 * Finds the occurrence of `range.exact` in `text` whose prefix and suffix
 * agree best with the stored ones, the nearest to the stored start on a tie.
 *
 * Search starts in a window around the stored position and widens
 * geometrically; it stops as soon as a window holds an occurrence with full
 * context, since nothing further away can beat it. An article where the
 * annotated passages only shifted is thus anchored without scanning the
 * whole text for every annotation.
 */
export function findExactQuote(text: string, range: TextRange): Candidate | null {
  const { exact } = range;
  if (exact.length === 0 || exact.length > text.length) return null;
  let best: Candidate | null = null;
  for (const [low, high] of windowsAround(range.start, text.length - exact.length)) {
    best = null;
    for (const start of occurrencesIn(text, exact, low, high)) {
      best = better(range, best, makeCandidate(text, range, start, start + exact.length, 0));
    }
    if (best !== null && hasFullContext(range, best)) return best;
  }
  return best;
}
