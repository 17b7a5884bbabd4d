import { tagsById, tagsOf } from '../codebook/lookup';
import type { ExportInput } from './types';

/** A CSV cell: text, or a number written as is. */
export type CsvCell = string | number;

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so spreadsheet apps read accents right. */
  bom?: boolean;
  /** The field separator: ',' (RFC 4180) or ';' (Excel in locales whose decimal mark is a comma). */
  separator?: ',' | ';';
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
// Quoted whichever separator is used, so a cell never splits when a spreadsheet guesses the other one.
const NEEDS_QUOTES = /[",;\t\r\n]/;

// A spreadsheet that splits on the other separator (Excel in a semicolon locale opening a comma
// file ignores the quotes around a cell that does not start with one) starts a cell there.
const FORMULA_AFTER_SEPARATOR = /([,;])(?=[=+\-@\t\r])/g;

/**
 * Prefixes text a spreadsheet would run as a formula with an apostrophe,
 * at the start of the cell and after every comma or semicolon inside it
 * (OWASP CSV injection): `harmless;=1+1` becomes `harmless;'=1+1`.
 */
export function guardFormula(text: string): string {
  const inner = text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

function cell(value: CsvCell): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = guardFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as RFC 4180 CSV: fields with a comma, semicolon, quote, tab,
 * CR or LF are quoted with quotes doubled, records end in CRLF; the
 * separator is a comma or, for Excel in French or German, a semicolon. Text cells that start
 * with = + - @ tab or CR get a leading apostrophe so spreadsheets show them
 * instead of evaluating them; numbers are written plainly.
 */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>,
  options: CsvOptions = {},
): string {
  const separator = options.separator ?? ',';
  const body = rows.map((row) => `${row.map(cell).join(separator)}\r\n`).join('');
  return options.bom ? `\uFEFF${body}` : body;
}

/**
 * The annotation CSV: a header row, then one row per annotation × range ×
 * tag (an untagged annotation has one row with an empty tag; annotations
 * almost always have one range, so this is one row per annotation × tag).
 * Offsets are UTF-16 code units, as the header says. Starts with a BOM.
 */
export function exportCsv(input: ExportInput, separator: ',' | ';' = ','): string {
  const articles = new Map(input.articles.map((article) => [article.id, article]));
  const tags = tagsById(input.tags);
  const coders = new Map((input.coders ?? []).map((coder) => [coder.id, coder.name]));
  const rows: CsvCell[][] = [[...CSV_COLUMNS]];
  for (const annotation of input.annotations) {
    const article = articles.get(annotation.articleId);
    const tagNames = tagsOf(annotation.tagIds, tags).map((tag) => tag.name);
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
  return toCsv(rows, { bom: true, separator });
}
