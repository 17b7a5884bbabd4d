import { ImportError } from './errors';

/** The separator a CSV header line uses: the most frequent of comma, semicolon and tab outside quotes. */
export function guessSeparator(firstLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  const best = (Object.entries(counts) as [',' | ';' | '\t', number][]).sort(
    (a, b) => b[1] - a[1],
  )[0]!;
  return best[1] > 0 ? best[0] : ',';
}

/**
 * Parses CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows
 * of cells. A leading byte-order mark is dropped; blank lines are skipped.
 * @throws ImportError naming the line where a quoted field never ends
 */
export function parseCsv(text: string, separator: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i++;
      line++;
      row.push(cell);
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  if (quoted) throw new ImportError(`Line ${quoteLine}: a quoted field is never closed.`);
  row.push(cell);
  if (row.some((value) => value !== '')) rows.push(row);
  return rows;
}
