import { describe, expect, it } from 'vitest';
import { computeTeamAgreement, type TeamFigures } from '../../../src/domain/agreement';
import type { Tag } from '../../../src/domain/model';
import { annotation, article, tag } from './helpers';
import { agreementFixture } from './reference';

/*
 * Span F1, exact and overlap, against scikit-learn (f1_score on MultiLabelBinarizer rows) and
 * SciPy's maximum matching (linear_sum_assignment): tests/fixtures/agreement/span_f1.py wrote
 * span-f1-expected.json from the same spans.
 */

interface SpanData {
  articles: { id: string; length: number }[];
  tags: string[];
  coders: string[];
  spans: Record<string, [string, string, number, number][]>;
}
interface PairExpected {
  a: string;
  b: string;
  spansA: number;
  spansB: number;
  exactF1: number | null;
  overlapF1: number | null;
  exactF1Micro: number | null;
}
interface ScopeExpected {
  pairs: PairExpected[];
  exactF1: number | null;
  overlapF1: number | null;
}
interface Expected {
  byTag: Record<string, ScopeExpected>;
  overall: ScopeExpected;
}

const fixtures = agreementFixture('span-f1-expected.json') as {
  spans: Expected;
  crossing: Expected;
};
const inputs: Record<'spans' | 'crossing', SpanData> = {
  spans: (agreementFixture('data.json') as { spans: SpanData }).spans,
  crossing: agreementFixture('span-f1-data.json') as SpanData,
};

function report(data: SpanData) {
  const articles = data.articles.map((a) => ({
    ...article(a.id, 'x'.repeat(a.length)),
    outlet: null,
  }));
  const codebook: Tag[] = data.tags.map((name) => tag(name));
  return computeTeamAgreement({
    articles,
    tags: codebook,
    coders: data.coders.map((id) => ({
      id,
      name: id,
      annotations: (data.spans[id] ?? []).map(([articleId, tagName, start, end]) =>
        annotation(
          articles.find((a) => a.id === articleId)!,
          [[start, end]],
          codebook.filter((t) => t.name === tagName),
          { coderId: id },
        ),
      ),
    })),
  });
}

function expectF1(actual: number | null | undefined, want: number | null): void {
  if (want === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(want, 12);
}

function expectScope(actual: TeamFigures | undefined, want: ScopeExpected): void {
  expect(actual).toBeDefined();
  expectF1(actual!.exactF1, want.exactF1);
  expectF1(actual!.overlapF1, want.overlapF1);
  for (const pair of want.pairs) {
    const got = actual!.pairs.find((p) => p.a === pair.a && p.b === pair.b);
    expect([got?.spansA, got?.spansB]).toEqual([pair.spansA, pair.spansB]);
    expectF1(got?.exactF1, pair.exactF1);
    expectF1(got?.overlapF1, pair.overlapF1);
    // The two scikit-learn readings of exact F1 agree with each other.
    if (pair.exactF1Micro !== null) expect(pair.exactF1).toBeCloseTo(pair.exactF1Micro, 12);
  }
}

describe.each(['spans', 'crossing'] as const)('span F1 on the %s fixture', (name) => {
  const result = report(inputs[name]);
  const want = fixtures[name];

  it.each(Object.keys(want.byTag))('matches scikit-learn and SciPy for the tag %s', (tagName) => {
    const figures = result.byTag.find((t) => t.tag.name === tagName)?.figures;
    expectScope(figures, want.byTag[tagName]!);
  });

  it('matches them pooled over every tag, per pair and overall', () => {
    expectScope(result.overall, want.overall);
  });
});
