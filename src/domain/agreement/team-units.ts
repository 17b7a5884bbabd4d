import { mergeIntervals, type Interval } from './kappa';
import { addUnit, type ReliabilityTally } from './reliability';

/**
 * Adds the characters of one article for one tag to a tally: each character is a unit whose
 * value per coder is '1' (covered by one of that coder's spans of the tag), '0' (not covered)
 * or missing (null) for a coder who did not code the article. Runs of characters with the same
 * values go in as one weighted unit, so the cost follows the number of span boundaries.
 * @param coverage per coder: their intervals (code points), or null when they did not code it
 */
export function addCharacters(
  tally: ReliabilityTally,
  length: number,
  coverage: readonly (readonly Interval[] | null)[],
): void {
  const merged = coverage.map((intervals) => (intervals ? mergeIntervals(intervals) : null));
  const cuts = new Set<number>([0, length]);
  for (const intervals of merged)
    for (const [from, to] of intervals ?? []) {
      cuts.add(Math.min(from, length));
      cuts.add(Math.min(to, length));
    }
  const points = [...cuts].sort((a, b) => a - b);
  const cursor = merged.map(() => 0);
  for (let p = 0; p + 1 < points.length; p++) {
    const from = points[p]!;
    const to = points[p + 1]!;
    if (to <= from) continue;
    const values = merged.map((intervals, c) => {
      if (!intervals) return null;
      while (cursor[c]! < intervals.length && intervals[cursor[c]!]![1] <= from) cursor[c]! += 1;
      const next = intervals[cursor[c]!];
      return next && next[0] <= from && from < next[1] ? '1' : '0';
    });
    addUnit(tally, { weight: to - from, values });
  }
}
