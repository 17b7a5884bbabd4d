import type { AnchorStatus, TextRange } from '../model';
import { candidateScore, contextAgreement, type Candidate } from './candidate';
import { describeRange } from './describe';
import { findExactQuote } from './exact-search';
import { findFuzzyQuote } from './fuzzy-search';

/** Where one stored range was found in the current text. */
export interface RangeAnchor {
  status: AnchorStatus;
  /** The range re-described from the current text; null when orphaned. */
  range: TextRange | null;
  /**
   * Agreement of the found text with the stored quote and context, from 0
   * to 1 (1 for 'exact'); absent when orphaned.
   */
  score?: number;
}

function foundAt(
  text: string,
  status: AnchorStatus,
  range: TextRange,
  candidate: Candidate,
): RangeAnchor {
  return {
    status,
    range: describeRange(text, candidate.start, candidate.end),
    score: candidateScore(range, candidate),
  };
}

function isUnchangedAtStoredOffsets(text: string, range: TextRange, hashMatches: boolean): boolean {
  if (text.slice(range.start, range.end) !== range.exact) return false;
  if (hashMatches) return true;
  return (
    contextAgreement(text, range, range.start, range.end) ===
    range.prefix.length + range.suffix.length
  );
}

/**
 * Finds a stored range in the current text of its article (docs/architecture.md "Anchoring"):
 *
 * 1. 'exact' — the stored offsets still hold the quote, and either the text
 *    hash matches or the stored prefix and suffix still surround it;
 * 2. 'moved' — the exact quote occurs elsewhere: the occurrence whose
 *    context agrees best wins, the nearest to the stored offsets on a tie;
 * 3. 'fuzzy' — an approximate match with a bounded number of edits, to be
 *    confirmed by the reader; its range describes the text as it is now;
 * 4. 'orphan' — nothing found; the annotation is kept but not shown in place.
 *
 * `hashMatches` says whether the text's SHA-256 equals the one stored with
 * the annotation.
 */
export function anchorRange(
  text: string,
  range: TextRange,
  opts: { hashMatches: boolean },
): RangeAnchor {
  if (range.exact.length === 0) return { status: 'orphan', range: null };
  if (isUnchangedAtStoredOffsets(text, range, opts.hashMatches)) {
    return { status: 'exact', range, score: 1 };
  }
  const exact = findExactQuote(text, range);
  if (exact !== null) return foundAt(text, 'moved', range, exact);
  const fuzzy = findFuzzyQuote(text, range);
  if (fuzzy !== null) return foundAt(text, 'fuzzy', range, fuzzy);
  return { status: 'orphan', range: null };
}
