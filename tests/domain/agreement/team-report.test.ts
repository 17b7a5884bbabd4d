import { describe, expect, it } from 'vitest';
import { computeTeamAgreement, type TeamFigures } from '../../../src/domain/agreement';
import type { Annotation, Tag } from '../../../src/domain/model';
import { annotation, article, tag } from './helpers';
import { agreementFixture } from './reference';

/*
 * The multi-coder report on character-level data against NLTK and scikit-learn: reference.py
 * expands the same spans into one unit per character and tag (tests/fixtures/agreement).
 */

interface SpanData {
  articles: { id: string; length: number }[];
  tags: string[];
  coders: string[];
  spans: Record<string, [string, string, number, number][]>;
  missing: { coder: string; article: string };
}
interface Figures {
  alpha: number;
  fleiss?: number;
  multiKappa?: number;
  pairwise: { a: string; b: string; units: number; sklearn: number; nltk: number }[];
}
interface SpanExpected {
  byTag: Record<string, Figures>;
  overall: Figures;
}

const data = (agreementFixture('data.json') as { spans: SpanData }).spans;
const expected = agreementFixture('expected.json') as {
  spans: SpanExpected;
  spansMissing: SpanExpected;
};

const articles = data.articles.map((a) => ({
  ...article(a.id, 'x'.repeat(a.length)),
  outlet: a.id === 'art-1' ? 'Outlet A' : 'Outlet B',
}));
const codebook: Tag[] = data.tags.map((name) => tag(name));

function layer(coder: string, drop?: string): Annotation[] {
  return (data.spans[coder] ?? [])
    .filter(([articleId]) => articleId !== drop)
    .map(([articleId, tagName, start, end]) =>
      annotation(
        articles.find((a) => a.id === articleId)!,
        [[start, end]],
        codebook.filter((t) => t.name === tagName),
        { coderId: coder },
      ),
    );
}

function report(missing: boolean) {
  return computeTeamAgreement({
    articles,
    tags: codebook,
    coders: data.coders.map((id) => ({
      id,
      name: id,
      annotations: layer(
        id,
        missing && id === data.missing.coder ? data.missing.article : undefined,
      ),
    })),
  });
}

function expectFigures(actual: TeamFigures | undefined, want: Figures, complete: boolean): void {
  expect(actual).toBeDefined();
  expect(actual!.alpha).toBeCloseTo(want.alpha, 10);
  for (const pair of want.pairwise) {
    const got = actual!.pairs.find((p) => p.a === pair.a && p.b === pair.b);
    expect(got?.units).toBe(pair.units);
    expect(got?.kappa).toBeCloseTo(pair.sklearn, 10);
  }
  if (complete) {
    expect(actual!.fleiss).toBeCloseTo(want.fleiss!, 10);
    expect(actual!.multiKappa).toBeCloseTo(want.multiKappa!, 10);
  }
}

describe('computeTeamAgreement on characters, three coders, every article coded by all', () => {
  const result = report(false);

  it.each(data.tags)('matches NLTK and scikit-learn for the tag %s', (name) => {
    const figures = result.byTag.find((t) => t.tag.name === name)?.figures;
    expectFigures(figures, expected.spans.byTag[name]!, true);
  });

  it('matches them overall (every character × every tag)', () => {
    expectFigures(result.overall, expected.spans.overall, true);
    expect(result.overall.units).toBe(100 * 2);
  });

  it('reports per article and per outlet, and lists no single-coder tag', () => {
    expect(result.byArticle.map((a) => a.article.id)).toEqual(['art-1', 'art-2']);
    expect(result.byOutlet.map((o) => o.outlet)).toEqual(['Outlet A', 'Outlet B']);
    // One outlet per article here, so the outlet figures are the article's.
    expect(result.byOutlet[0]?.figures.alpha).toBeCloseTo(result.byArticle[0]!.figures.alpha!, 12);
    expect(result.singleCoderTags).toEqual([]);
  });

  it('reports per set: an article in several sets counts in each, and both together make the whole', () => {
    const withSets = computeTeamAgreement({
      articles,
      tags: codebook,
      coders: data.coders.map((id) => ({ id, name: id, annotations: layer(id) })),
      sets: [
        { name: 'First wave', articleIds: ['art-1'] },
        { name: 'All coded', articleIds: ['art-1', 'art-2', 'not-coded'] },
        { name: 'Empty', articleIds: [] },
      ],
    });
    expect(withSets.bySet.map((s) => [s.set, s.articles])).toEqual([
      ['All coded', 2],
      ['First wave', 1],
    ]);
    const all = withSets.bySet[0]!.figures;
    expectFigures(all, expected.spans.overall, true);
    expect(withSets.bySet[1]!.figures.alpha).toBeCloseTo(withSets.byArticle[0]!.figures.alpha!, 12);
    expect(report(false).bySet).toEqual([]);
  });

  it('matches spans pairwise, exact and overlapping', () => {
    // Blame, ann–ben: art-1 [0,10) [30,45) against [2,10) [30,40) overlap only; art-2 [5,15) both.
    const blame = result.byTag.find((t) => t.tag.name === 'Blame')!.figures;
    const annBen = blame.pairs.find((p) => p.a === 'ann' && p.b === 'ben')!;
    expect([annBen.spansA, annBen.spansB]).toEqual([3, 3]);
    expect(annBen.exactF1).toBeCloseTo(2 / 6, 12);
    expect(annBen.overlapF1).toBe(1);
    const pooled = blame.pairs.reduce((sum, p) => sum + p.spansA + p.spansB, 0);
    const exact = blame.pairs.reduce((sum, p) => sum + (p.exactF1 ?? 0) * (p.spansA + p.spansB), 0);
    expect(blame.exactF1).toBeCloseTo(exact / pooled, 12);
  });
});

describe('computeTeamAgreement with a coder who did not code an article', () => {
  const result = report(true);

  it.each(data.tags)('treats the uncoded article as missing data for %s, as NLTK does', (name) => {
    const figures = result.byTag.find((t) => t.tag.name === name)?.figures;
    expectFigures(figures, expected.spansMissing.byTag[name]!, false);
  });

  it('matches NLTK overall and says who coded each article', () => {
    expectFigures(result.overall, expected.spansMissing.overall, false);
    expect(result.byArticle[1]?.coderIds).toEqual(['ann', 'ben']);
  });
});

describe('computeTeamAgreement: the codebook across layers', () => {
  it('matches tags by name case-insensitively and lists tags only one coder used', () => {
    const text = article('t', 'abcdefghij');
    const blame = tag('Blame');
    const peace = tag('Peace');
    const result = computeTeamAgreement({
      articles: [{ ...text, outlet: null }],
      tags: [blame, peace],
      coders: [
        {
          id: 'a',
          name: 'A',
          annotations: [annotation(text, [[0, 5]], [blame, peace], { coderId: 'a' })],
        },
        {
          id: 'b',
          name: 'B',
          annotations: [annotation(text, [[0, 5]], [blame], { coderId: 'b' })],
        },
      ],
    });
    expect(result.tags.map((t) => t.name)).toEqual(['Blame', 'Peace']);
    expect(result.singleCoderTags).toEqual([
      { tag: { key: 'peace', name: 'Peace' }, coderId: 'a' },
    ]);
    expect(result.byTag[0]?.figures.alpha).toBe(1);
    expect(result.byTag[0]?.figures.pairs[0]?.exactF1).toBe(1);
  });
});
