import type { Tag } from '../model';
import type { ExportInput } from './types';

/** A CSV cell: text, or a number written as is. */
export type CsvCell = string | number;

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so spreadsheet apps read accents right. */
  bom?: boolean;
}

/** The columns of the annotation CSV; the offset unit is part of the column names. */
export const CSV_COLUMNS = [
  'id',
  'article_id',
  'article',
  'outlet',
  'language',
  'start_utf16',
  'end_utf16',
  'quote',
  'tag',
  'note',
  'created',
  'updated',
  'coder',
] as const;

// A spreadsheet evaluates a cell starting with these as a formula (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Prefixes text a spreadsheet would run as a formula with an apostrophe. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: CsvCell): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = guardFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as RFC 4180 CSV: fields with a comma, quote, CR or LF are
 * quoted with quotes doubled, records end in CRLF. Text cells that start
 * with = + - @ tab or CR get a leading apostrophe so spreadsheets show them
 * instead of evaluating them; numbers are written plainly.
 */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>,
  options: CsvOptions = {},
): string {
  const body = rows.map((row) => `${row.map(cell).join(',')}\r\n`).join('');
  return options.bom ? `\uFEFF${body}` : body;
}

/**
 * The annotation CSV: a header row, then one row per annotation × range ×
 * tag (an untagged annotation has one row with an empty tag; annotations
 * almost always have one range, so this is one row per annotation × tag).
 * Offsets are UTF-16 code units, as the header says. Starts with a BOM.
 */
export function exportCsv(input: ExportInput): string {
  const articles = new Map(input.articles.map((article) => [article.id, article]));
  const tags = new Map(input.tags.map((tag) => [tag.id, tag]));
  const coders = new Map((input.coders ?? []).map((coder) => [coder.id, coder.name]));
  const rows: CsvCell[][] = [[...CSV_COLUMNS]];
  for (const annotation of input.annotations) {
    const article = articles.get(annotation.articleId);
    const tagNames = annotation.tagIds
      .map((id) => tags.get(id))
      .filter((tag): tag is Tag => tag !== undefined)
      .map((tag) => tag.name);
    for (const range of annotation.ranges) {
      for (const tag of tagNames.length > 0 ? tagNames : ['']) {
        rows.push([
          annotation.id,
          annotation.articleId,
          article?.title ?? '',
          article?.source ?? '',
          article?.language ?? '',
          range.start,
          range.end,
          range.exact,
          tag,
          annotation.note,
          annotation.createdAt,
          annotation.updatedAt,
          coders.get(annotation.coderId) ?? annotation.coderId,
        ]);
      }
    }
  }
  return toCsv(rows, { bom: true });
}
