/**
 * A table read from a CSV/TSV or JSON/JSONL file, before its columns are mapped: the header
 * names, every row as strings keyed by header, and the rows that could not be read.
 */
export interface ImportTable {
  file: string;
  headers: string[];
  /** Row objects are null-prototype maps, so a header such as "__proto__" is only a name. */
  rows: Record<string, string>[];
  /** Rows that could not be read at all, by their 1-based number among the data rows. */
  problems: { row: number; message: string }[];
}

/** A null-prototype row: keys come from the user's file, never from Object.prototype. */
export function emptyRow(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** A cell as text: strings unchanged, numbers and booleans printed, objects as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return value.join('; ');
  return JSON.stringify(value);
}
