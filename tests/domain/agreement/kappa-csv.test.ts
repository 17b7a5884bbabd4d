import { describe, expect, it } from 'vitest';
import {
  agreementCsv,
  characterConfusion,
  cohensKappa,
  computeAgreement,
  mergeIntervals,
  spanScores,
} from '../../../src/domain/agreement';
import { annotation, article, coder, tag } from './helpers';

describe('cohensKappa', () => {
  it('is (po − pe) / (1 − pe) for a hand-computed table', () => {
    // 50 both, 10 + 5 one-sided, 35 neither: po = 0.85, pe = 0.6·0.55 + 0.4·0.45 = 0.51
    const result = cohensKappa({ both: 50, localOnly: 10, importedOnly: 5, neither: 35 });
    expect(result.observed).toBeCloseTo(0.85);
    expect(result.expected).toBeCloseTo(0.51);
    expect(result.kappa).toBeCloseTo((0.85 - 0.51) / (1 - 0.51));
  });

  it('is undefined (null) without variation or without characters', () => {
    expect(cohensKappa({ both: 0, localOnly: 0, importedOnly: 0, neither: 10 }).kappa).toBeNull();
    expect(cohensKappa({ both: 10, localOnly: 0, importedOnly: 0, neither: 0 }).kappa).toBeNull();
    expect(cohensKappa({ both: 0, localOnly: 0, importedOnly: 0, neither: 0 })).toEqual({
      kappa: null,
      observed: null,
      expected: null,
    });
  });

  it('is 0 when one coder says yes everywhere and the other nowhere', () => {
    expect(cohensKappa({ both: 0, localOnly: 10, importedOnly: 0, neither: 0 }).kappa).toBe(0);
  });
});

describe('characterConfusion', () => {
  it('counts a character covered twice by one coder once', () => {
    expect(
      mergeIntervals([
        [4, 6],
        [0, 3],
        [2, 5],
      ]),
    ).toEqual([[0, 6]]);
    expect(
      characterConfusion(
        10,
        [
          [0, 3],
          [2, 5],
        ],
        [[4, 8]],
      ),
    ).toEqual({
      both: 1,
      localOnly: 4,
      importedOnly: 3,
      neither: 2,
    });
  });
});

describe('spanScores', () => {
  it('treats local as the reference', () => {
    expect(spanScores(4, 2, 1)).toEqual({ matched: 1, precision: 0.5, recall: 0.25, f1: 1 / 3 });
    expect(spanScores(0, 0, 0)).toEqual({ matched: 0, precision: null, recall: null, f1: null });
  });
});

describe('agreementCsv', () => {
  it('writes one row overall, per tag, per article and per tag in an article', () => {
    const text = article('a1', 'abcdefghij');
    const blame = tag('Blame');
    const blameB = tag('Blame', 'imported');
    const report = computeAgreement({
      articles: [text],
      local: coder([annotation(text, [[0, 3]], [blame])], [blame]),
      imported: coder([annotation(text, [[5, 8]], [blameB])], [blameB]),
    });
    const lines = agreementCsv(report)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^scope,article_id,article,tag,characters_code_points,/);
    expect(lines.map((line) => line.split(',')[0])).toEqual([
      'scope',
      'overall',
      'tag',
      'article',
      'article-tag',
    ]);
    // A negative kappa stays a number (not prefixed like a formula).
    expect(lines[1]).toContain(',-0.4286,');
    expect(lines[3]).toContain('a1,Title a1,All tags,10,0,3,3,4,');
  });
});
