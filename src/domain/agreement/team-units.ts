import { mergeIntervals, type Interval } from './kappa';

/**
 * The characters of one article for one tag as runs of units with the same values: each
 * character is a unit whose value per coder is '1' (covered by one of that coder's spans of the
 * tag), '0' (not covered) or missing ('.') for a coder who did not code the article. Each run
 * is handed to `visit` as its values (one character per coder) and its length, so the cost
 * follows the number of span boundaries, not of characters.
 * @param coverage per coder: their intervals (code points), or null when they did not code it
 */
export function characterRuns(
  length: number,
  coverage: readonly (readonly Interval[] | null)[],
  visit: (values: string, weight: number) => void,
): void {
  const merged = coverage.map((intervals) => (intervals ? mergeIntervals(intervals) : null));
  const cuts: number[] = [0, length];
  for (const intervals of merged)
    for (const [from, to] of intervals ?? [])
      cuts.push(Math.min(from, length), Math.min(to, length));
  cuts.sort((a, b) => a - b);
  const cursor = merged.map(() => 0);
  let from = 0;
  for (const to of cuts) {
    if (to <= from) continue;
    let values = '';
    for (let c = 0; c < merged.length; c++) {
      const intervals = merged[c];
      if (!intervals) {
        values += '.';
        continue;
      }
      while (cursor[c]! < intervals.length && intervals[cursor[c]!]![1] <= from) cursor[c]! += 1;
      const next = intervals[cursor[c]!];
      values += next && next[0] <= from && from < next[1] ? '1' : '0';
    }
    visit(values, to - from);
    from = to;
  }
}
