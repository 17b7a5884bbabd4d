import { describe, expect, it } from 'vitest';
import {
  cohenKappa,
  fleissKappa,
  krippendorffAlpha,
  multiKappa,
  pairUnits,
  tallyOf,
  type ReliabilityUnit,
} from '../../../src/domain/agreement/reliability';
import { agreementFixture } from './reference';

/*
 * Gloss's coefficients against values computed by NLTK and scikit-learn
 * (tests/fixtures/agreement/reference.py wrote expected.json from data.json) and against the
 * values published with the worked examples.
 */

interface NominalData {
  name: string;
  published: { alpha?: number };
  coders: string[];
  values: (string | null)[][];
}
interface PairExpected {
  a: string;
  b: string;
  units: number;
  sklearn: number;
  nltk: number;
}
interface Expected {
  alpha: number;
  fleiss?: number;
  multiKappa?: number;
  meanCohen?: number;
  pairwise: PairExpected[];
}

const fixture = agreementFixture;
const data = fixture('data.json') as {
  nominal: NominalData[];
  fleissCounts: { published: { fleiss: number }; counts: number[][] };
};
const expected = fixture('expected.json') as {
  nominal: Record<string, Expected>;
  fleissCounts: { fleiss: number };
};

/** Units from a coder × unit table, as reference.py reads it. */
function units(values: (string | null)[][]): ReliabilityUnit[] {
  const count = values[0]?.length ?? 0;
  return Array.from({ length: count }, (_, u) => ({
    weight: 1,
    values: values.map((row) => row[u] ?? null),
  }));
}

describe.each(data.nominal)('$name', ({ name, coders, values, published }) => {
  const tally = tallyOf(coders.length, units(values));
  const want = expected.nominal[name]!;

  it('has the alpha NLTK computes', () => {
    expect(krippendorffAlpha(tally)).toBeCloseTo(want.alpha, 10);
  });

  if (published.alpha !== undefined) {
    const value = published.alpha;
    it(`has the published alpha ${value}`, () => {
      expect(krippendorffAlpha(tally)).toBeCloseTo(value, 3);
    });
  }

  it('has the pairwise Cohen kappa of scikit-learn and NLTK, on the units both coded', () => {
    for (const pair of want.pairwise) {
      const i = coders.indexOf(pair.a);
      const j = coders.indexOf(pair.b);
      expect(pairUnits(tally, i, j)).toBe(pair.units);
      expect(cohenKappa(tally, i, j)).toBeCloseTo(pair.sklearn, 10);
      expect(cohenKappa(tally, i, j)).toBeCloseTo(pair.nltk, 10);
    }
  });

  if (want.fleiss !== undefined) {
    const { fleiss, multiKappa: multi } = want;
    it('has the Fleiss kappa (NLTK pi) and multi-kappa NLTK computes', () => {
      expect(fleissKappa(tally)).toBeCloseTo(fleiss, 10);
      expect(multiKappa(tally)).toBeCloseTo(multi!, 10);
    });
  }
});

describe('Fleiss kappa on a table of counts', () => {
  const tally = tallyOf(
    14,
    data.fleissCounts.counts.map((row) => ({
      weight: 1,
      values: row.flatMap((n, category) => Array.from({ length: n }, () => String(category))),
    })),
  );

  it('matches NLTK and the published 0.210', () => {
    expect(fleissKappa(tally)).toBeCloseTo(expected.fleissCounts.fleiss, 10);
    expect(fleissKappa(tally)).toBeCloseTo(data.fleissCounts.published.fleiss, 3);
  });
});

describe('degenerate data', () => {
  it('gives null, not a number, when every value is the same', () => {
    const tally = tallyOf(
      2,
      units([
        ['1', '1'],
        ['1', '1'],
      ]),
    );
    expect(krippendorffAlpha(tally)).toBeNull();
    expect(fleissKappa(tally)).toBeNull();
    expect(cohenKappa(tally, 0, 1)).toBeNull();
  });

  it('gives null when no unit has two values', () => {
    const tally = tallyOf(
      2,
      units([
        ['1', null],
        [null, '0'],
      ]),
    );
    expect(krippendorffAlpha(tally)).toBeNull();
    expect(fleissKappa(tally)).toBeNull();
    expect(pairUnits(tally, 0, 1)).toBe(0);
  });

  it('counts a weighted unit as that many plain ones', () => {
    const plain = tallyOf(
      2,
      units([
        ['1', '1', '0', '0', '0'],
        ['1', '0', '0', '0', '1'],
      ]),
    );
    const weighted = tallyOf(2, [
      { weight: 1, values: ['1', '1'] },
      { weight: 1, values: ['1', '0'] },
      { weight: 2, values: ['0', '0'] },
      { weight: 1, values: ['0', '1'] },
    ]);
    expect(krippendorffAlpha(weighted)).toBeCloseTo(krippendorffAlpha(plain)!, 12);
    expect(cohenKappa(weighted, 0, 1)).toBeCloseTo(cohenKappa(plain, 0, 1)!, 12);
  });
});
