import Papa from 'papaparse';
import { emptyRow, type ImportTable } from './table';

/** Whether a file name is a tab-separated table. */
function isTsv(file: string): boolean {
  return /\.(tsv|tab)$/i.test(file);
}

/**
 * Reads a CSV or TSV export into a table with papaparse: RFC 4180 quoting, quoted cells that
 * span lines (their CRLF kept as is), a header row. A row with more or fewer cells than the
 * header is reported by its number and still read (missing cells empty); blank lines are skipped.
 */
export function readDelimited(text: string, file: string): ImportTable {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: isTsv(file) ? '\t' : '',
    skipEmptyLines: 'greedy',
  });
  const [headerRow = [], ...data] = parsed.data;
  const headers = uniqueHeaders(headerRow);
  const problems: ImportTable['problems'] = [];
  for (const error of parsed.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    if (error.row === undefined || error.row === 0) continue;
    problems.push({ row: error.row, message: error.message });
  }
  const rows = data.map((cells, index) => {
    const row = emptyRow();
    headers.forEach((header, column) => {
      row[header] = cells[column] ?? '';
    });
    if (cells.length !== headers.length)
      problems.push({
        row: index + 1,
        message: `has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'}, the header ${headers.length}`,
      });
    return row;
  });
  problems.sort((a, b) => a.row - b.row);
  return { file, headers, rows, problems: dedupe(problems) };
}

/** Header names made unique ("date", "date (2)") and never empty ("Column 3"). */
function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, index) => {
    const base = cell.trim() || `Column ${index + 1}`;
    let name = base;
    for (let n = 2; seen.has(name); n += 1) name = `${base} (${n})`;
    seen.add(name);
    return name;
  });
}

function dedupe(problems: ImportTable['problems']): ImportTable['problems'] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const id = `${problem.row}\u0000${problem.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
