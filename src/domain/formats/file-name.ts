/** The export kinds the app offers, with the extension of each file. */
export const EXPORT_EXTENSIONS = {
  native: 'json',
  w3c: 'jsonld',
  doccano: 'jsonl',
  csv: 'csv',
  'csv-semicolon': 'csv',
  markdown: 'md',
  refi: 'qdpx',
  'refi-codebook': 'qdc',
  'codebook-csv': 'csv',
} as const;

export type ExportKind = keyof typeof EXPORT_EXTENSIONS;

function localIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The download name of an export: `gloss-<kind>-<YYYY-MM-DD>.<ext>`, dated in
 * the user's local time zone (the day they see on their calendar).
 * For other downloads (e.g. a compare chart's CSV) pass the extension.
 */
export function exportFileName(kind: ExportKind, date: Date): string;
export function exportFileName(kind: string, date: Date, extension: string): string;
export function exportFileName(kind: string, date: Date, extension?: string): string {
  const ext =
    extension ??
    (Object.hasOwn(EXPORT_EXTENSIONS, kind) ? EXPORT_EXTENSIONS[kind as ExportKind] : 'txt');
  const safeKind = kind
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `gloss-${safeKind || 'export'}-${localIsoDate(date)}.${ext}`;
}
