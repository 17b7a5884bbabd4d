import { cellText, emptyRow, type ImportTable } from './table';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The list of articles in a JSON document: an array, or the first array under a usual key. */
function articleList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!isRecord(value)) return null;
  for (const name of ['articles', 'data', 'items', 'results', 'documents', 'stories']) {
    const list = Object.hasOwn(value, name) ? value[name] : undefined;
    if (Array.isArray(list)) return list;
  }
  return null;
}

function toTable(
  file: string,
  items: readonly { row: number; value: unknown }[],
  problems: ImportTable['problems'],
): ImportTable {
  const headers: string[] = [];
  const known = new Set<string>();
  const rows: Record<string, string>[] = [];
  for (const { row, value } of items) {
    if (!isRecord(value)) {
      problems.push({ row, message: 'is not an object with named fields' });
      continue;
    }
    const cells = emptyRow();
    for (const [name, cell] of Object.entries(value)) {
      if (!known.has(name)) {
        known.add(name);
        headers.push(name);
      }
      cells[name] = cellText(cell);
    }
    rows.push(cells);
  }
  for (const cells of rows) for (const header of headers) cells[header] ??= '';
  return { file, headers, rows, problems: problems.sort((a, b) => a.row - b.row) };
}

/**
 * Reads JSON Lines (one object per line; `.jsonl`, `.ndjson`) or a JSON array of objects (also
 * under "articles", "data", "items", …) into a table whose columns are the objects' fields in
 * the order they first appear. A line that is not JSON is reported by its number.
 * @throws Error when a .json file is not JSON or holds no list of articles
 */
export function readJsonTable(text: string, file: string): ImportTable {
  if (/\.(jsonl|ndjson)$/i.test(file)) {
    const items: { row: number; value: unknown }[] = [];
    const problems: ImportTable['problems'] = [];
    text.split(/\r?\n/).forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        items.push({ row: index + 1, value: JSON.parse(line) as unknown });
      } catch (error) {
        problems.push({ row: index + 1, message: `is not JSON (${(error as Error).message})` });
      }
    });
    return toTable(file, items, problems);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`it is not JSON (${(error as Error).message})`);
  }
  const list = articleList(value);
  if (!list) throw new Error('it holds no list of articles (an array of objects)');
  return toTable(
    file,
    list.map((item, index) => ({ row: index + 1, value: item })),
    [],
  );
}
