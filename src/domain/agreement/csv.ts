import { toCsv, type CsvCell } from '../formats/csv';
import type { AgreementMeasures, AgreementReport } from './types';

/** The columns of the agreement CSV; characters are Unicode code points. */
export const AGREEMENT_CSV_COLUMNS = [
  'scope',
  'article_id',
  'article',
  'tag',
  'characters_code_points',
  'both',
  'local_only',
  'imported_only',
  'neither',
  'observed_agreement',
  'expected_agreement',
  'kappa',
  'local_spans',
  'imported_spans',
  'exact_matches',
  'exact_precision',
  'exact_recall',
  'exact_f1',
  'overlap_matches',
  'overlap_precision',
  'overlap_recall',
  'overlap_f1',
] as const;

const ALL_TAGS = 'All tags';

// Numbers stay numbers (a negative kappa must not be read as a formula and prefixed).
function num(value: number | null): CsvCell {
  return value === null ? '' : Math.round(value * 10_000) / 10_000;
}

function measureCells(m: AgreementMeasures): CsvCell[] {
  const c = m.characters;
  return [
    c.both + c.localOnly + c.importedOnly + c.neither,
    c.both,
    c.localOnly,
    c.importedOnly,
    c.neither,
    num(m.observed),
    num(m.expected),
    num(m.kappa),
    m.localSpans,
    m.importedSpans,
    m.exact.matched,
    num(m.exact.precision),
    num(m.exact.recall),
    num(m.exact.f1),
    m.overlap.matched,
    num(m.overlap.precision),
    num(m.overlap.recall),
    num(m.overlap.f1),
  ];
}

/**
 * The agreement report as CSV (RFC 4180, with a BOM): one row overall, one per tag, one per
 * article (all tags) and one per tag in each article. Scores are rounded to 4 decimals; an empty
 * cell means undefined (kappa with no variation, F1 with no spans).
 */
export function agreementCsv(report: AgreementReport): string {
  const rows: CsvCell[][] = [[...AGREEMENT_CSV_COLUMNS]];
  rows.push(['overall', '', '', ALL_TAGS, ...measureCells(report.overall)]);
  for (const { tag, measures } of report.byTag) {
    rows.push(['tag', '', '', tag.name, ...measureCells(measures)]);
  }
  for (const { article, overall, byTag } of report.byArticle) {
    rows.push(['article', article.id, article.title, ALL_TAGS, ...measureCells(overall)]);
    for (const { tag, measures } of byTag) {
      rows.push(['article-tag', article.id, article.title, tag.name, ...measureCells(measures)]);
    }
  }
  return toCsv(rows, { bom: true });
}
