import { toCsv, type CsvCell } from '../formats/csv';
import type { TeamFigures, TeamReport } from './team-types';

/** The columns of the multi-coder agreement CSV; units are characters (code points) × tags. */
export const TEAM_CSV_COLUMNS = [
  'scope',
  'name',
  'coder_a',
  'coder_b',
  'units',
  'krippendorff_alpha',
  'fleiss_kappa',
  'multi_kappa',
  'cohen_kappa',
  'spans',
  'f1_exact',
  'f1_overlap',
] as const;

function num(value: number | null): CsvCell {
  return value === null ? '' : Math.round(value * 10_000) / 10_000;
}

function rows(
  scope: string,
  name: string,
  f: TeamFigures,
  names: Map<string, string>,
): CsvCell[][] {
  const summary: CsvCell[] = [
    scope,
    name,
    '',
    '',
    f.units,
    num(f.alpha),
    num(f.fleiss),
    num(f.multiKappa),
    '',
    f.spans,
    num(f.exactF1),
    num(f.overlapF1),
  ];
  const pairs = f.pairs.map((p): CsvCell[] => [
    `${scope}-pair`,
    name,
    names.get(p.a) ?? p.a,
    names.get(p.b) ?? p.b,
    p.units,
    '',
    '',
    '',
    num(p.kappa),
    p.spansA + p.spansB,
    num(p.exactF1),
    num(p.overlapF1),
  ]);
  return [summary, ...pairs];
}

/**
 * The multi-coder report as CSV (RFC 4180, BOM): for each scope (overall, every tag, article,
 * outlet and set) one row of the all-coder figures and one row per coder pair. Empty = undefined.
 */
export function teamAgreementCsv(report: TeamReport): string {
  const names = new Map(report.coders.map((c) => [c.id, c.name]));
  const out: CsvCell[][] = [[...TEAM_CSV_COLUMNS]];
  out.push(...rows('overall', 'All tags', report.overall, names));
  for (const { tag, figures } of report.byTag) out.push(...rows('tag', tag.name, figures, names));
  for (const { article, figures } of report.byArticle)
    out.push(...rows('article', article.title, figures, names));
  for (const { outlet, figures } of report.byOutlet)
    out.push(...rows('outlet', outlet === '' ? 'Unknown outlet' : outlet, figures, names));
  for (const { set, figures } of report.bySet) out.push(...rows('set', set, figures, names));
  return toCsv(out, { bom: true });
}
