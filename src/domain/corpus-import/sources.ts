/** How a file in an import is read. */
export type SourceKind = 'text' | 'html' | 'table' | 'zip';

const KINDS: readonly [RegExp, SourceKind][] = [
  [/\.(txt|md|markdown|text)$/i, 'text'],
  [/\.(html?|xhtml)$/i, 'html'],
  [/\.(csv|tsv|tab|json|jsonl|ndjson)$/i, 'table'],
  [/\.zip$/i, 'zip'],
];

/** What the "Files" picker offers. */
export const IMPORT_ACCEPT =
  '.txt,.md,.markdown,.html,.htm,.xhtml,.csv,.tsv,.tab,.json,.jsonl,.ndjson,.zip,text/plain,text/markdown,text/html,text/csv,text/tab-separated-values,application/json,application/zip';

/** Largest single article file (text or web page), in bytes. */
export const MAX_ARTICLE_FILE_BYTES = 5_000_000;
/** Largest table or .zip, in bytes. */
export const MAX_BUNDLE_FILE_BYTES = 200_000_000;
/** Most articles one import may add. */
export const MAX_IMPORT_ARTICLES = 20_000;
/** The limits as the dialog states them. */
export const IMPORT_LIMITS_TEXT =
  'Up to 5 MB per article file, 200 MB per table or .zip, 20,000 articles per import.';

/** The kind of a file by its name, or null for a file that is skipped (not an article). */
export function sourceKind(name: string): SourceKind | null {
  return KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

/** Files a folder or archive carries that are never articles: hidden files, macOS resource forks. */
export function isIgnoredEntry(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');
}

function megabytes(bytes: number): string {
  return `${(Math.ceil(bytes / 100_000) / 10).toLocaleString('en')} MB`;
}

/** What is wrong with a file judged by name and size before it is read, or null. */
export function sourceSizeProblem(name: string, kind: SourceKind, bytes: number): string | null {
  if (bytes === 0) return `${name} is empty.`;
  const limit = kind === 'table' || kind === 'zip' ? MAX_BUNDLE_FILE_BYTES : MAX_ARTICLE_FILE_BYTES;
  if (bytes > limit)
    return `${name} is ${megabytes(bytes)}; the limit for this kind of file is ${megabytes(limit)}.`;
  return null;
}
