import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTeamAgreement, type TeamAgreementInput } from '../../../src/domain/agreement';
import { matchSpans } from '../../../src/domain/agreement/matching';
import {
  addUnit,
  cohenKappa,
  createTally,
  fleissKappa,
  krippendorffAlpha,
  mergeTally,
  multiKappa,
  pairIndex,
  pairUnits,
  type ReliabilityTally,
} from '../../../src/domain/agreement/reliability';
import { ArticleIndex, collectSpans, type CodedSpan } from '../../../src/domain/agreement/spans';
import type { TeamFigures, TeamReport } from '../../../src/domain/agreement/team-types';
import type { Annotation, Tag } from '../../../src/domain/model';
import { annotation, article, tag } from './helpers';

/*
 * The report pools its units as a histogram, adds a tag an article's coders did not use in one
 * sum and matches spans only where both coders have some. Here it is held against the plain
 * definition: every character of every article and tag added one by one, a tally per article and
 * tag, every pair of span lists matched, every scope pooled by adding tallies.
 */

interface Counts {
  tally: ReliabilityTally;
  pairs: { spansA: number; spansB: number; exact: number; overlap: number }[];
  spans: number;
}

function counts(n: number): Counts {
  return {
    tally: createTally(n),
    pairs: Array.from({ length: (n * (n - 1)) / 2 }, () => ({
      spansA: 0,
      spansB: 0,
      exact: 0,
      overlap: 0,
    })),
    spans: 0,
  };
}

function pool(into: Counts, from: Counts): void {
  mergeTally(into.tally, from.tally);
  from.pairs.forEach((p, i) => {
    const t = into.pairs[i]!;
    t.spansA += p.spansA;
    t.spansB += p.spansB;
    t.exact += p.exact;
    t.overlap += p.overlap;
  });
  into.spans += from.spans;
}

const f1 = (matched: number, total: number) => (total === 0 ? null : (2 * matched) / total);

function figures(c: Counts, ids: readonly string[]): TeamFigures {
  const n = ids.length;
  const pairs = [];
  let exact = 0;
  let overlap = 0;
  let total = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const p = c.pairs[pairIndex(n, i, j)]!;
      exact += p.exact;
      overlap += p.overlap;
      total += p.spansA + p.spansB;
      pairs.push({
        a: ids[i]!,
        b: ids[j]!,
        kappa: cohenKappa(c.tally, i, j),
        units: pairUnits(c.tally, i, j),
        spansA: p.spansA,
        spansB: p.spansB,
        exactF1: f1(p.exact, p.spansA + p.spansB),
        overlapF1: f1(p.overlap, p.spansA + p.spansB),
      });
    }
  return {
    alpha: krippendorffAlpha(c.tally),
    units: c.tally.pairableUnits,
    fleiss: fleissKappa(c.tally),
    multiKappa: multiKappa(c.tally),
    completeUnits: c.tally.complete.units,
    pairs,
    exactF1: f1(exact, total),
    overlapF1: f1(overlap, total),
    spans: c.spans,
  };
}

/** The report's figures (overall, per tag, article, outlet, set) by the plain definition. */
function straightforward(input: TeamAgreementInput) {
  const index = new ArticleIndex(input.articles);
  const n = input.coders.length;
  const ids = input.coders.map((c) => c.id);
  const spans = input.coders.map(
    (c) => collectSpans('imported', { annotations: c.annotations, tags: input.tags }, index).spans,
  );
  const coded = input.coders.map(
    (c) =>
      new Set(
        c.annotations.flatMap((a) =>
          a.status !== 'orphan' && index.find(a) ? [index.find(a)!.id] : [],
        ),
      ),
  );
  const tags = [...new Set(spans.flat().map((s) => s.tagKey))].sort();
  const overall = counts(n);
  const byTag = new Map(tags.map((t) => [t, counts(n)]));
  const byOutlet = new Map<string, Counts>();
  const bySet = new Map<string, Counts>();
  const byArticle: TeamFigures[] = [];
  for (const a of input.articles) {
    const present = coded.map((set) => set.has(a.id));
    if (!present.some(Boolean)) continue;
    const length = [...a.text].length;
    const articleCounts = counts(n);
    for (const key of tags) {
      const c = counts(n);
      const of = (coder: number): CodedSpan[] =>
        spans[coder]!.filter((s) => s.articleId === a.id && s.tagKey === key);
      for (let ch = 0; ch < length; ch++)
        addUnit(c.tally, {
          weight: 1,
          values: present.map((p, coder) =>
            p ? (of(coder).some((s) => s.from <= ch && ch < s.to) ? '1' : '0') : null,
          ),
        });
      for (let coder = 0; coder < n; coder++) c.spans += of(coder).length;
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          if (!present[i] || !present[j]) continue;
          const m = matchSpans(of(i), of(j));
          const p = c.pairs[pairIndex(n, i, j)]!;
          p.spansA += of(i).length;
          p.spansB += of(j).length;
          p.exact += m.exact;
          p.overlap += m.overlap;
        }
      pool(articleCounts, c);
      pool(byTag.get(key)!, c);
    }
    const outlet = a.outlet ?? '';
    if (!byOutlet.has(outlet)) byOutlet.set(outlet, counts(n));
    pool(byOutlet.get(outlet)!, articleCounts);
    for (const set of input.sets ?? [])
      if (set.articleIds.includes(a.id)) {
        if (!bySet.has(set.name)) bySet.set(set.name, counts(n));
        pool(bySet.get(set.name)!, articleCounts);
      }
    pool(overall, articleCounts);
    byArticle.push(figures(articleCounts, ids));
  }
  const sorted = (map: Map<string, Counts>) =>
    [...map].sort(([x], [y]) => x.localeCompare(y, 'en')).map(([, c]) => figures(c, ids));
  return {
    overall: figures(overall, ids),
    byTag: tags.map((t) => figures(byTag.get(t)!, ids)),
    byArticle,
    byOutlet: sorted(byOutlet),
    bySet: sorted(bySet),
  };
}

const figuresOfReport = (r: TeamReport) => ({
  overall: r.overall,
  // The report lists tags by name; the names here are their keys in order.
  byTag: r.byTag.map((t) => t.figures),
  byArticle: r.byArticle.map((a) => a.figures),
  byOutlet: r.byOutlet.map((o) => o.figures),
  bySet: r.bySet.map((s) => s.figures),
});

const TEXTS = ['Talks resumed in Geneva 😀 on Monday.', 'Nothing was agreed.', 'Ceasefire now!'];
const NAMES = ['blame', 'peace', 'force', 'aid'];
const OUTLETS = ['SANA', 'TASS', null];

/** Two to four coders, each coding some articles with a few tagged spans, and one or two sets. */
const fixture = fc
  .record({
    coders: fc.integer({ min: 2, max: 4 }),
    codings: fc.array(
      fc.record({
        coder: fc.nat({ max: 3 }),
        article: fc.nat({ max: TEXTS.length - 1 }),
        tags: fc.subarray(NAMES, { minLength: 1, maxLength: 2 }),
        at: fc.nat({ max: 40 }),
        width: fc.integer({ min: 1, max: 15 }),
      }),
      { maxLength: 24 },
    ),
    set: fc.subarray([0, 1, 2]),
  })
  .map(({ coders, codings, set }): TeamAgreementInput => {
    const articles = TEXTS.map((text, i) => ({
      ...article(`a${i}`, text),
      outlet: OUTLETS[i] ?? null,
    }));
    const tags: Tag[] = NAMES.map((name) => tag(name));
    const byName = new Map(tags.map((t) => [t.name, t]));
    const layers: Annotation[][] = Array.from({ length: coders }, () => []);
    for (const c of codings) {
      const on = articles[c.article]!;
      // A whole surrogate pair: describeRange takes UTF-16 offsets that must not split one.
      const start = Math.min(c.at, on.text.length - 1);
      let end = Math.min(on.text.length, start + c.width);
      if (/[\uD800-\uDBFF]/.test(on.text[end - 1] ?? '')) end = Math.min(on.text.length, end + 1);
      const from = /[\uDC00-\uDFFF]/.test(on.text[start] ?? '') ? start - 1 : start;
      layers[c.coder % coders]!.push(
        annotation(
          on,
          [[from, end]],
          c.tags.map((name) => byName.get(name)!),
          { coderId: `c${c.coder % coders}` },
        ),
      );
    }
    return {
      articles,
      tags,
      coders: layers.map((annotations, i) => ({ id: `c${i}`, name: `Coder ${i}`, annotations })),
      sets: [{ name: 'Week 1', articleIds: set.map((i) => `a${i}`) }],
    };
  });

describe('computeTeamAgreement fast path', () => {
  it('gives exactly the figures of adding every character one by one', () => {
    fc.assert(
      fc.property(fixture, (input) => {
        expect(figuresOfReport(computeTeamAgreement(input))).toEqual(straightforward(input));
      }),
      { numRuns: 150 },
    );
  });

  it('says how far it has come, from none to all of the articles', () => {
    const seen: [number, number][] = [];
    const input = fc.sample(fixture, { numRuns: 1, seed: 7 })[0]!;
    computeTeamAgreement(input, (done, total) => seen.push([done, total]));
    expect(seen[0]).toEqual([0, TEXTS.length]);
    expect(seen.at(-1)).toEqual([TEXTS.length, TEXTS.length]);
  });
});
