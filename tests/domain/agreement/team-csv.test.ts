import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  computeTeamAgreement,
  TEAM_CSV_COLUMNS,
  teamAgreementCsv,
} from '../../../src/domain/agreement';
import type { Tag } from '../../../src/domain/model';
import { annotation, article, tag } from './helpers';

/*
 * The team agreement CSV read back with csv-parse (an RFC 4180 reader nobody here wrote):
 * one summary row and one row per coder pair for every scope, sets included, and names with
 * commas and quotes survive as cells.
 */

const one = { ...article('art-1', 'Lavrov met Kerry in Moscow on Tuesday.'), outlet: 'Outlet, A' };
const two = { ...article('art-2', 'Talks in Geneva ended without a deal.'), outlet: 'Outlet B' };
const actor: Tag = tag('Actor');
const place: Tag = tag('Place');

const report = computeTeamAgreement({
  articles: [one, two],
  tags: [actor, place],
  coders: [
    {
      id: 'ann',
      name: 'Ann',
      annotations: [
        annotation(one, [[0, 6]], [actor], { coderId: 'ann' }),
        annotation(one, [[20, 26]], [place], { coderId: 'ann' }),
        annotation(two, [[9, 15]], [place], { coderId: 'ann' }),
      ],
    },
    {
      id: 'ben',
      name: 'Ben "B"',
      annotations: [
        annotation(one, [[0, 16]], [actor], { coderId: 'ben' }),
        annotation(two, [[9, 15]], [place], { coderId: 'ben' }),
      ],
    },
  ],
  sets: [
    { name: 'Week 1, "state media"', articleIds: ['art-1'] },
    { name: 'Both', articleIds: ['art-1', 'art-2'] },
  ],
});

const csv = teamAgreementCsv(report);
const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];

describe('teamAgreementCsv read with csv-parse', () => {
  it('starts with a BOM and the documented columns', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(Object.keys(rows[0]!)).toEqual([...TEAM_CSV_COLUMNS]);
  });

  it('has a summary row and a pair row for every scope, in order', () => {
    const scopes = rows.map((r) => `${r.scope}:${r.name}`);
    expect(scopes).toEqual([
      'overall:All tags',
      'overall-pair:All tags',
      'tag:Actor',
      'tag-pair:Actor',
      'tag:Place',
      'tag-pair:Place',
      `article:${one.title}`,
      `article-pair:${one.title}`,
      `article:${two.title}`,
      `article-pair:${two.title}`,
      'outlet:Outlet B',
      'outlet-pair:Outlet B',
      'outlet:Outlet, A',
      'outlet-pair:Outlet, A',
      'set:Both',
      'set-pair:Both',
      'set:Week 1, "state media"',
      'set-pair:Week 1, "state media"',
    ]);
  });

  it('writes each set’s figures as the report has them, rounded to four places', () => {
    for (const { set, figures } of report.bySet) {
      const summary = rows.find((r) => r.scope === 'set' && r.name === set)!;
      const pair = rows.find((r) => r.scope === 'set-pair' && r.name === set)!;
      expect(Number(summary.units)).toBe(figures.units);
      expect(Number(summary.krippendorff_alpha)).toBeCloseTo(figures.alpha!, 4);
      expect(Number(summary.f1_overlap)).toBeCloseTo(figures.overlapF1!, 4);
      expect([pair.coder_a, pair.coder_b]).toEqual(['Ann', 'Ben "B"']);
      expect(Number(pair.cohen_kappa)).toBeCloseTo(figures.pairs[0]!.kappa!, 4);
      expect(Number(pair.spans)).toBe(figures.pairs[0]!.spansA + figures.pairs[0]!.spansB);
    }
    // The set of every article has the overall figures; the one-article set has that article's.
    const both = rows.find((r) => r.scope === 'set' && r.name === 'Both')!;
    const overall = rows.find((r) => r.scope === 'overall')!;
    expect(both.krippendorff_alpha).toBe(overall.krippendorff_alpha);
    const week = rows.find((r) => r.scope === 'set' && r.name?.startsWith('Week 1'))!;
    const first = rows.find((r) => r.scope === 'article' && r.name === one.title)!;
    expect(week.krippendorff_alpha).toBe(first.krippendorff_alpha);
  });
});
