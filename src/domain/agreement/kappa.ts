import type { CharacterConfusion } from './types';

/** A half-open interval [from, to) of character (code point) offsets. */
export type Interval = readonly [from: number, to: number];

/** Sorts and merges intervals so that each character is covered at most once. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].filter(([from, to]) => to > from).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

function coveredLength(merged: readonly Interval[]): number {
  return merged.reduce((sum, [from, to]) => sum + (to - from), 0);
}

function intersectionLength(a: readonly Interval[], b: readonly Interval[]): number {
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aFrom, aTo] = a[i] as Interval;
    const [bFrom, bTo] = b[j] as Interval;
    total += Math.max(0, Math.min(aTo, bTo) - Math.max(aFrom, bFrom));
    if (aTo <= bTo) i++;
    else j++;
  }
  return total;
}

/**
 * Classifies each of `length` characters by whether the local and the imported coder covered it
 * (intervals may overlap; a character covered twice by one coder still counts once).
 */
export function characterConfusion(
  length: number,
  local: readonly Interval[],
  imported: readonly Interval[],
): CharacterConfusion {
  const a = mergeIntervals(local);
  const b = mergeIntervals(imported);
  const both = intersectionLength(a, b);
  const localOnly = coveredLength(a) - both;
  const importedOnly = coveredLength(b) - both;
  return { both, localOnly, importedOnly, neither: length - both - localOnly - importedOnly };
}

/** Adds confusion counts, as when concatenating the characters of several articles or tags. */
export function addConfusion(x: CharacterConfusion, y: CharacterConfusion): CharacterConfusion {
  return {
    both: x.both + y.both,
    localOnly: x.localOnly + y.localOnly,
    importedOnly: x.importedOnly + y.importedOnly,
    neither: x.neither + y.neither,
  };
}

/** The empty confusion (no characters). */
export const NO_CHARACTERS: CharacterConfusion = {
  both: 0,
  localOnly: 0,
  importedOnly: 0,
  neither: 0,
};

/**
 * Cohen's kappa κ = (po − pe) / (1 − pe) for two coders' yes/no decisions, with po the observed
 * agreement and pe the agreement expected from each coder's own rate of "yes". Computed from the
 * counts as 2(ad − bc) / ((a+b)(b+d) + (a+c)(c+d)), which is exact in integers; κ is null when
 * pe = 1 (both coders all "no" or all "yes": no variation) or there are no characters.
 */
export function cohensKappa(c: CharacterConfusion): {
  kappa: number | null;
  observed: number | null;
  expected: number | null;
} {
  const { both: a, localOnly: b, importedOnly: cc, neither: d } = c;
  const n = a + b + cc + d;
  if (n === 0) return { kappa: null, observed: null, expected: null };
  const observed = (a + d) / n;
  const expected = ((a + b) * (a + cc) + (cc + d) * (b + d)) / (n * n);
  const denominator = (a + b) * (b + d) + (a + cc) * (cc + d);
  const kappa = denominator === 0 ? null : (2 * (a * d - b * cc)) / denominator;
  return { kappa, observed, expected };
}
