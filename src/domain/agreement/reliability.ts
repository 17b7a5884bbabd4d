/*
 * Reliability coefficients for any number of coders, computed from additive tallies so that
 * scopes (a tag in an article, a tag, an article, an outlet, everything) pool by adding.
 * A unit is one thing every coder may give a value to (here: a character for a tag), with a
 * weight (a run of identical characters counts as that many units). A coder who gave no value
 * (did not code the article) is missing data: null.
 */

/** One unit: each coder's value (null = missing) and how many identical units it stands for. */
export interface ReliabilityUnit {
  weight: number;
  values: readonly (string | null)[];
}

interface PairTally {
  /** Weighted count of units both coded, by "valueA\u0000valueB". */
  cells: Map<string, number>;
  units: number;
}

/** What every coefficient needs, summed over units. Build with {@link createTally}. */
export interface ReliabilityTally {
  coders: number;
  /** Σ w·m over pairable units (m ≥ 2 values): Krippendorff's n. */
  pairableValues: number;
  /** Σ w over pairable units. */
  pairableUnits: number;
  /** Σ w·n_c over pairable units, per value. */
  valueTotals: Map<string, number>;
  /**
   * Per number of values m of a unit: Σ w·(m² − Σ n_c²) (Krippendorff's disagreement before
   * dividing by m − 1) and Σ w·(Σ n_c² − m) (Fleiss' agreement before dividing by m(m − 1)).
   * Integers, divided only when a coefficient is read, so that a scope pooled in any order or
   * grouping of its units gives exactly the same figures.
   */
  byValues: Map<number, { disagree: number; agree: number }>;
  /** Per coder pair (i < j, row-major), over units both coded. */
  pairs: PairTally[];
  /** Units every coder coded: the data multi-kappa (Davies & Fleiss) is defined on. */
  complete: { units: number; perCoder: Map<string, number>[]; pairAgreement: number[] };
}

/** An empty tally for `coders` coders. */
export function createTally(coders: number): ReliabilityTally {
  const pairCount = (coders * (coders - 1)) / 2;
  return {
    coders,
    pairableValues: 0,
    pairableUnits: 0,
    valueTotals: new Map(),
    byValues: new Map(),
    pairs: Array.from({ length: pairCount }, () => ({ cells: new Map(), units: 0 })),
    complete: {
      units: 0,
      perCoder: Array.from({ length: coders }, () => new Map()),
      pairAgreement: Array.from({ length: pairCount }, () => 0),
    },
  };
}

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** The index of pair (i, j), i < j, among all pairs of `n` coders. */
export function pairIndex(n: number, i: number, j: number): number {
  return i * n - (i * (i + 1)) / 2 + (j - i - 1);
}

/** Adds one unit to the tally. */
export function addUnit(tally: ReliabilityTally, unit: ReliabilityUnit): void {
  const { weight: w, values } = unit;
  if (w <= 0) return;
  const n = tally.coders;
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) bump(counts, value, 1);
  const m = [...counts.values()].reduce((sum, c) => sum + c, 0);
  if (m >= 2) {
    const squares = [...counts.values()].reduce((sum, c) => sum + c * c, 0);
    tally.pairableValues += w * m;
    tally.pairableUnits += w;
    for (const [value, c] of counts) bump(tally.valueTotals, value, w * c);
    addByValues(tally.byValues, m, w * (m * m - squares), w * (squares - m));
  }
  for (let i = 0; i < n; i++) {
    const a = values[i];
    if (a === null || a === undefined) continue;
    for (let j = i + 1; j < n; j++) {
      const b = values[j];
      if (b === null || b === undefined) continue;
      const pair = tally.pairs[pairIndex(n, i, j)]!;
      bump(pair.cells, `${a}\u0000${b}`, w);
      pair.units += w;
    }
  }
  if (m === n && n >= 2) {
    tally.complete.units += w;
    values.forEach((value, i) => bump(tally.complete.perCoder[i]!, value!, w));
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++)
        if (values[i] === values[j]) tally.complete.pairAgreement[pairIndex(n, i, j)]! += w;
  }
}

function addByValues(
  into: ReliabilityTally['byValues'],
  m: number,
  disagree: number,
  agree: number,
): void {
  const sums = into.get(m);
  if (sums) {
    sums.disagree += disagree;
    sums.agree += agree;
  } else into.set(m, { disagree, agree });
}

/** The keys of a map of counts in a fixed order, so float sums over them never depend on it. */
function sortedKeys<K extends string | number>(map: ReadonlyMap<K, unknown>): K[] {
  return [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Σ over m of Σ w·(m² − Σ n_c²)/(m − 1): n times Krippendorff's observed disagreement. */
function disagreement(t: ReliabilityTally): number {
  let total = 0;
  for (const m of sortedKeys(t.byValues)) total += t.byValues.get(m)!.disagree / (m - 1);
  return total;
}

/** Σ w·P_u, Fleiss' per-unit agreement summed over units. */
function fleissAgreement(t: ReliabilityTally): number {
  let total = 0;
  for (const m of sortedKeys(t.byValues)) total += t.byValues.get(m)!.agree / (m * (m - 1));
  return total;
}

function mergeMap(into: Map<string, number>, from: ReadonlyMap<string, number>): void {
  for (const [key, value] of from) bump(into, key, value);
}

/** Adds tally `from` into `into` (same number of coders): pooling two scopes. */
export function mergeTally(into: ReliabilityTally, from: ReliabilityTally): void {
  into.pairableValues += from.pairableValues;
  into.pairableUnits += from.pairableUnits;
  mergeMap(into.valueTotals, from.valueTotals);
  for (const [m, sums] of from.byValues) addByValues(into.byValues, m, sums.disagree, sums.agree);
  from.pairs.forEach((pair, index) => {
    const target = into.pairs[index]!;
    mergeMap(target.cells, pair.cells);
    target.units += pair.units;
  });
  into.complete.units += from.complete.units;
  from.complete.perCoder.forEach((map, i) => mergeMap(into.complete.perCoder[i]!, map));
  from.complete.pairAgreement.forEach((value, i) => (into.complete.pairAgreement[i]! += value));
}

/** A tally of plain units (weight 1 each): the form published examples take. */
export function tallyOf(coders: number, units: readonly ReliabilityUnit[]): ReliabilityTally {
  const tally = createTally(coders);
  for (const unit of units) addUnit(tally, unit);
  return tally;
}

/**
 * Krippendorff's alpha for nominal data: α = 1 − D_o / D_e, with
 * D_o = (1/n) Σ_u (m_u² − Σ_c n_uc²)/(m_u − 1) and D_e = (n² − Σ_c n_c²)/(n(n − 1)), over the
 * pairable units (two or more values; missing values allowed). Null when there is nothing to
 * compare or no variation (D_e = 0: every value the same).
 */
export function krippendorffAlpha(t: ReliabilityTally): number | null {
  const n = t.pairableValues;
  if (n <= 1) return null;
  const squares = [...t.valueTotals.values()].reduce((sum, c) => sum + c * c, 0);
  const expected = n * n - squares;
  if (expected === 0) return null;
  return 1 - ((n - 1) * disagreement(t)) / expected;
}

/**
 * Fleiss' kappa: (P̄ − P̄e)/(1 − P̄e), with P_u = Σ_c n_uc(n_uc − 1)/(m_u(m_u − 1)) averaged over
 * units and P̄e = Σ_c p_c², p_c the share of all values that are c. With the same number of
 * coders on every unit this is Fleiss (1971); units with fewer coders (missing data) take part
 * with their own m_u. Null with no pairable unit or no variation.
 */
export function fleissKappa(t: ReliabilityTally): number | null {
  if (t.pairableUnits === 0) return null;
  const observed = fleissAgreement(t) / t.pairableUnits;
  let expected = 0;
  for (const value of sortedKeys(t.valueTotals))
    expected += (t.valueTotals.get(value)! / t.pairableValues) ** 2;
  if (expected === 1) return null;
  return (observed - expected) / (1 - expected);
}

/** Cohen's kappa of coders i and j over the units both coded; null without variation. */
export function cohenKappa(t: ReliabilityTally, i: number, j: number): number | null {
  const [lo, hi] = i < j ? [i, j] : [j, i];
  const pair = t.pairs[pairIndex(t.coders, lo, hi)];
  if (!pair || pair.units === 0) return null;
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  let agree = 0;
  for (const key of sortedKeys(pair.cells)) {
    const w = pair.cells.get(key)!;
    const [a, b] = key.split('\u0000') as [string, string];
    bump(rows, a, w);
    bump(cols, b, w);
    if (a === b) agree += w;
  }
  const n = pair.units;
  let expected = 0;
  for (const value of sortedKeys(rows))
    expected += (rows.get(value)! / n) * ((cols.get(value) ?? 0) / n);
  if (expected === 1) return null;
  return (agree / n - expected) / (1 - expected);
}

/** The units coders i and j both coded. */
export function pairUnits(t: ReliabilityTally, i: number, j: number): number {
  const [lo, hi] = i < j ? [i, j] : [j, i];
  return t.pairs[pairIndex(t.coders, lo, hi)]?.units ?? 0;
}

/**
 * Multi-kappa (Davies & Fleiss 1982, NLTK's multi_kappa): observed and chance agreement
 * averaged over coder pairs, each pair's chance agreement from the two coders' own value
 * rates. Defined on the units every coder coded; null when there are none or no variation.
 */
export function multiKappa(t: ReliabilityTally): number | null {
  const { units, perCoder, pairAgreement } = t.complete;
  if (units === 0 || t.coders < 2) return null;
  let observed = 0;
  let expected = 0;
  const n = t.coders;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      observed += pairAgreement[pairIndex(n, i, j)]! / units;
      for (const value of sortedKeys(perCoder[i]!))
        expected += (perCoder[i]!.get(value)! / units) * ((perCoder[j]!.get(value) ?? 0) / units);
    }
  }
  const pairs = (n * (n - 1)) / 2;
  observed /= pairs;
  expected /= pairs;
  if (expected === 1) return null;
  return (observed - expected) / (1 - expected);
}
