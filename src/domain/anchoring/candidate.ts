import type { TextRange } from '../model';

/** A place in the current text where a stored range might now be. */
export interface Candidate {
  start: number;
  end: number;
  /** Edit distance between the stored quote and text.slice(start, end). */
  errors: number;
  /** How many context code units agree (see {@link contextAgreement}). */
  context: number;
}

/**
 * Counts how far the stored context agrees with the text around [start, end):
 * matching code units of `prefix` read backwards from `start`, plus matching
 * code units of `suffix` read forwards from `end`, each stopping at the first
 * difference.
 */
export function contextAgreement(
  text: string,
  range: TextRange,
  start: number,
  end: number,
): number {
  const { prefix, suffix } = range;
  let before = 0;
  while (
    before < prefix.length &&
    start - before - 1 >= 0 &&
    prefix.charCodeAt(prefix.length - before - 1) === text.charCodeAt(start - before - 1)
  ) {
    before++;
  }
  let after = 0;
  while (
    after < suffix.length &&
    end + after < text.length &&
    suffix.charCodeAt(after) === text.charCodeAt(end + after)
  ) {
    after++;
  }
  return before + after;
}

/** True when every code unit of the stored prefix and suffix agrees. */
export function hasFullContext(range: TextRange, candidate: Candidate): boolean {
  return candidate.context === range.prefix.length + range.suffix.length;
}

/**
 * Builds a candidate for [start, end) with its context agreement.
 */
export function makeCandidate(
  text: string,
  range: TextRange,
  start: number,
  end: number,
  errors: number,
): Candidate {
  return { start, end, errors, context: contextAgreement(text, range, start, end) };
}

/**
 * Orders candidates best first: fewer quote errors, then more context
 * agreement, then nearer the stored position, then earlier in the text (so
 * the choice never depends on the order candidates were found in).
 */
export function compareCandidates(range: TextRange, a: Candidate, b: Candidate): number {
  return (
    a.errors - b.errors ||
    b.context - a.context ||
    Math.abs(a.start - range.start) - Math.abs(b.start - range.start) ||
    a.start - b.start
  );
}

/** The better of two candidates (either may be missing). */
export function better(
  range: TextRange,
  a: Candidate | null,
  b: Candidate | null,
): Candidate | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareCandidates(range, a, b) <= 0 ? a : b;
}

/**
 * Agreement of a candidate with the stored range, from 0 to 1: the share of
 * quote and context code units that match.
 */
export function candidateScore(range: TextRange, candidate: Candidate): number {
  const total = range.exact.length + range.prefix.length + range.suffix.length;
  if (total === 0) return 0;
  const matched = Math.max(0, range.exact.length - candidate.errors) + candidate.context;
  return matched / total;
}
