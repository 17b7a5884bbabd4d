import { describe, expect, it } from 'vitest';
import { computeAgreement } from '../../../src/domain/agreement';
import { annotation, article, coder, tag } from './helpers';

const ten = article('a1', 'abcdefghij');
const other = article('a2', 'klmnopqrst');
const blame = tag('Blame');
const blameB = tag('blame', 'imported');
const peace = tag('Peace');
const peaceB = tag('Peace', 'imported');

describe('computeAgreement: kappa on characters', () => {
  it('computes kappa 0.2 for [0,5) against [2,7) of a 10-character article', () => {
    const report = computeAgreement({
      articles: [ten],
      local: coder([annotation(ten, [[0, 5]], [blame])], [blame]),
      imported: coder([annotation(ten, [[2, 7]], [blameB])], [blameB]),
    });
    const measures = report.byTag[0]?.measures;
    expect(measures?.characters).toEqual({ both: 3, localOnly: 2, importedOnly: 2, neither: 3 });
    expect(measures?.observed).toBeCloseTo(0.6);
    expect(measures?.expected).toBeCloseTo(0.5);
    expect(measures?.kappa).toBeCloseTo(0.2);
    expect(measures?.exact.f1).toBe(0);
    expect(measures?.overlap.f1).toBe(1);
    expect(report.overall.kappa).toBeCloseTo(0.2);
  });

  it('matches tags by case-insensitive name and names them as the local codebook does', () => {
    const report = computeAgreement({
      articles: [ten],
      local: coder([annotation(ten, [[0, 5]], [blame])], [blame]),
      imported: coder([annotation(ten, [[0, 5]], [blameB])], [blameB]),
    });
    expect(report.tags).toEqual([{ key: 'blame', name: 'Blame' }]);
  });

  it('gives kappa 1 and F1 1 for identical codings, with no disagreements', () => {
    const local = [annotation(ten, [[0, 3]], [blame]), annotation(ten, [[4, 9]], [peace])];
    const imported = [annotation(ten, [[0, 3]], [blameB]), annotation(ten, [[4, 9]], [peaceB])];
    const report = computeAgreement({
      articles: [ten],
      local: coder(local, [blame, peace]),
      imported: coder(imported, [blameB, peaceB]),
    });
    expect(report.overall.kappa).toBe(1);
    expect(report.overall.exact.f1).toBe(1);
    expect(report.overall.overlap.f1).toBe(1);
    for (const { measures } of report.byTag) expect(measures.kappa).toBe(1);
    expect(report.byArticle[0]?.disagreements).toEqual([]);
  });

  it('gives F1 0 and a negative kappa for disjoint codings', () => {
    const report = computeAgreement({
      articles: [ten],
      local: coder([annotation(ten, [[0, 3]], [blame])], [blame]),
      imported: coder([annotation(ten, [[5, 8]], [blameB])], [blameB]),
    });
    // a=0, b=3, c=3, d=4: 2(0 − 9) / (3·7 + 3·7)
    expect(report.overall.kappa).toBeCloseTo(-18 / 42);
    expect(report.overall.exact).toEqual({ matched: 0, precision: 0, recall: 0, f1: 0 });
    expect(report.overall.overlap.f1).toBe(0);
    expect(report.byArticle[0]?.disagreements.map((d) => d.kind)).toEqual([
      'local-only',
      'imported-only',
    ]);
  });

  it('reports kappa as undefined when both coders tag every character', () => {
    const report = computeAgreement({
      articles: [ten],
      local: coder([annotation(ten, [[0, 10]], [blame])], [blame]),
      imported: coder([annotation(ten, [[0, 10]], [blameB])], [blameB]),
    });
    expect(report.overall.kappa).toBeNull();
    expect(report.overall.observed).toBe(1);
    expect(report.overall.exact.f1).toBe(1);
  });

  it('pools tags as concatenated characters for the overall kappa', () => {
    const report = computeAgreement({
      articles: [ten],
      local: coder(
        [annotation(ten, [[0, 5]], [blame]), annotation(ten, [[8, 10]], [peace])],
        [blame, peace],
      ),
      imported: coder(
        [annotation(ten, [[2, 7]], [blameB]), annotation(ten, [[8, 10]], [peaceB])],
        [blameB, peaceB],
      ),
    });
    // Blame a3 b2 c2 d3 + Peace a2 b0 c0 d8 = a5 b2 c2 d11: 2(55 − 4) / (7·13 + 7·13)
    expect(report.overall.characters).toEqual({
      both: 5,
      localOnly: 2,
      importedOnly: 2,
      neither: 11,
    });
    expect(report.overall.kappa).toBeCloseTo(102 / 182);
    expect(report.byArticle[0]?.overall.kappa).toBeCloseTo(102 / 182);
    expect(report.overall.exact).toMatchObject({ matched: 1, f1: 0.5 });
    expect(report.overall.overlap).toMatchObject({ matched: 2, f1: 1 });
  });
});

describe('computeAgreement: what each coder used', () => {
  it('scores a tag only one coder used: kappa 0, recall 0, precision undefined', () => {
    const report = computeAgreement({
      articles: [ten],
      local: coder([annotation(ten, [[0, 4]], [blame])], [blame]),
      imported: coder([annotation(ten, [[6, 8]], [peaceB])], [peaceB]),
    });
    const [blameRow, peaceRow] = report.byTag;
    expect(blameRow?.tag.name).toBe('Blame');
    expect(blameRow?.measures.kappa).toBe(0);
    expect(blameRow?.measures.exact).toEqual({ matched: 0, precision: null, recall: 0, f1: 0 });
    expect(blameRow?.measures).toMatchObject({ localSpans: 1, importedSpans: 0 });
    expect(peaceRow?.measures.exact).toEqual({ matched: 0, precision: 0, recall: null, f1: 0 });
    expect(peaceRow?.measures).toMatchObject({ localSpans: 0, importedSpans: 1 });
  });

  it('counts each range of a multi-range annotation as its own span', () => {
    const report = computeAgreement({
      articles: [ten],
      local: coder(
        [
          annotation(
            ten,
            [
              [0, 2],
              [5, 7],
            ],
            [blame],
          ),
        ],
        [blame],
      ),
      imported: coder(
        [annotation(ten, [[0, 2]], [blameB]), annotation(ten, [[5, 7]], [blameB])],
        [blameB],
      ),
    });
    expect(report.overall).toMatchObject({ kappa: 1, localSpans: 2, importedSpans: 2 });
    expect(report.overall.exact.f1).toBe(1);
  });

  it('counts an annotation with two tags once per tag and a repeated span once', () => {
    const local = [
      annotation(ten, [[0, 4]], [blame, peace]),
      annotation(ten, [[0, 4]], [blame]), // the same coding decision again
    ];
    const report = computeAgreement({
      articles: [ten],
      local: coder(local, [blame, peace]),
      imported: coder([annotation(ten, [[0, 4]], [blameB])], [blameB]),
    });
    expect(report.byTag.map((t) => [t.tag.name, t.measures.localSpans])).toEqual([
      ['Blame', 1],
      ['Peace', 1],
    ]);
    expect(report.byTag[0]?.measures.exact.f1).toBe(1);
  });

  it('includes an article only the other coder annotated and pools its characters', () => {
    const report = computeAgreement({
      articles: [ten, other],
      local: coder([annotation(ten, [[0, 5]], [blame])], [blame]),
      imported: coder(
        [annotation(ten, [[2, 7]], [blameB]), annotation(other, [[0, 4]], [blameB])],
        [blameB],
      ),
    });
    expect(report.byArticle.map((a) => a.article.id)).toEqual(['a1', 'a2']);
    const second = report.byArticle[1];
    expect(second?.overall.characters).toEqual({
      both: 0,
      localOnly: 0,
      importedOnly: 4,
      neither: 6,
    });
    expect(second?.overall.kappa).toBe(0);
    expect(second?.overall.exact).toEqual({ matched: 0, precision: 0, recall: null, f1: 0 });
    expect(second?.disagreements).toEqual([
      {
        tag: { key: 'blame', name: 'Blame' },
        kind: 'imported-only',
        local: null,
        imported: { start: 0, end: 4, quote: 'klmn' },
      },
    ]);
    // 20 characters: a3 b2 c6 d9 → po 0.6, pe 0.25·0.45 + 0.75·0.55 = 0.525
    expect(report.overall.observed).toBeCloseTo(0.6);
    expect(report.overall.expected).toBeCloseTo(0.525);
    expect(report.overall.kappa).toBeCloseTo(0.075 / 0.475);
  });

  it('leaves out articles neither coder tagged and keeps library order', () => {
    const third = article('a3', 'uvwxyz');
    const report = computeAgreement({
      articles: [third, other, ten],
      local: coder([annotation(ten, [[0, 5]], [blame])], [blame]),
      imported: coder([annotation(other, [[0, 5]], [blameB])], [blameB]),
    });
    expect(report.byArticle.map((a) => a.article.id)).toEqual(['a2', 'a1']);
  });
});

describe('computeAgreement: disagreements', () => {
  it('pairs a boundary disagreement side by side with both quotes', () => {
    const report = computeAgreement({
      articles: [ten],
      local: coder([annotation(ten, [[0, 5]], [blame])], [blame]),
      imported: coder([annotation(ten, [[2, 7]], [blameB])], [blameB]),
    });
    expect(report.byArticle[0]?.disagreements).toEqual([
      {
        tag: { key: 'blame', name: 'Blame' },
        kind: 'boundary',
        local: { start: 0, end: 5, quote: 'abcde' },
        imported: { start: 2, end: 7, quote: 'cdefg' },
      },
    ]);
  });

  it('matches overlaps one-to-one, largest overlap first', () => {
    const report = computeAgreement({
      articles: [ten],
      local: coder([annotation(ten, [[0, 10]], [blame])], [blame]),
      imported: coder(
        [annotation(ten, [[0, 4]], [blameB]), annotation(ten, [[3, 10]], [blameB])],
        [blameB],
      ),
    });
    const measures = report.overall;
    expect(measures.overlap).toMatchObject({ matched: 1, precision: 0.5, recall: 1 });
    expect(measures.overlap.f1).toBeCloseTo(2 / 3);
    const kinds = report.byArticle[0]?.disagreements.map((d) => [d.kind, d.imported?.quote]);
    expect(kinds).toEqual([
      ['boundary', 'defghij'],
      ['imported-only', 'abcd'],
    ]);
  });

  it('pairs exact matches before overlaps', () => {
    const report = computeAgreement({
      articles: [ten],
      local: coder(
        [annotation(ten, [[2, 5]], [blame]), annotation(ten, [[0, 8]], [blame])],
        [blame],
      ),
      imported: coder([annotation(ten, [[2, 5]], [blameB])], [blameB]),
    });
    expect(report.overall.exact.matched).toBe(1);
    expect(report.overall.overlap.matched).toBe(1);
    expect(report.byArticle[0]?.disagreements).toEqual([
      expect.objectContaining({
        kind: 'local-only',
        local: { start: 0, end: 8, quote: 'abcdefgh' },
      }),
    ]);
  });
});

describe('computeAgreement: annotations left out', () => {
  it('lists unknown articles, orphans, quotes not found and untagged highlights', () => {
    const unknown = article('gone', 'abcdefghij');
    const moved = annotation(ten, [[0, 3]], [blameB], { textHash: 'old' });
    const lost = { ...moved, id: 'lost', ranges: [{ ...moved.ranges[0]!, exact: 'zzz' }] };
    const report = computeAgreement({
      articles: [ten],
      local: coder(
        [annotation(ten, [[0, 3]], []), annotation(ten, [[0, 3]], [blame], { status: 'orphan' })],
        [blame],
      ),
      imported: coder([annotation(unknown, [[0, 3]], [blameB]), lost], [blameB]),
    });
    expect(report.ignored.map((i) => [i.coder, i.reason])).toEqual([
      ['local', 'untagged'],
      ['local', 'not-anchored'],
      ['imported', 'unknown-article'],
      ['imported', 'not-anchored'],
    ]);
    expect(report.ignored[3]?.detail).toBe('quote not found');
    expect(report.byArticle).toEqual([]);
    expect(report.overall.kappa).toBeNull();
    expect(report.overall.exact.f1).toBeNull();
  });

  it('finds a document the other coder added under another id by its text', () => {
    const theirs = { ...article('doc-theirs', ten.text), textHash: ten.textHash };
    const report = computeAgreement({
      articles: [ten],
      local: coder([annotation(ten, [[0, 5]], [blame])], [blame]),
      imported: coder([annotation(theirs, [[0, 5]], [blameB])], [blameB]),
    });
    expect(report.ignored).toEqual([]);
    expect(report.overall.kappa).toBe(1);
  });

  it('re-anchors a quote whose text moved, as an import would', () => {
    const annotated = annotation(ten, [[3, 6]], [blameB]);
    const shifted = {
      ...annotated,
      textHash: 'an older text',
      ranges: [{ ...annotated.ranges[0]!, start: 1, end: 4 }],
    };
    const report = computeAgreement({
      articles: [ten],
      local: coder([annotation(ten, [[3, 6]], [blame])], [blame]),
      imported: coder([shifted], [blameB]),
    });
    expect(report.overall.exact.f1).toBe(1);
  });

  it('counts characters as code points, so an emoji is one character', () => {
    const emoji = article('e', 'ab😀cd');
    const report = computeAgreement({
      articles: [emoji],
      local: coder([annotation(emoji, [[2, 5]], [blame])], [blame]),
      imported: coder([], [blameB]),
    });
    expect(report.byArticle[0]?.article.characters).toBe(5);
    expect(report.overall.characters).toEqual({
      both: 0,
      localOnly: 2,
      importedOnly: 0,
      neither: 3,
    });
    expect(report.byArticle[0]?.disagreements[0]?.local?.quote).toBe('😀c');
  });
});
