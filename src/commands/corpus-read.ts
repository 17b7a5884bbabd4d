import { isBlankText } from '../domain/text/invisible';
import { readDelimited } from '../domain/corpus-import/delimited';
import type { ImportDraft, ImportProblem } from '../domain/corpus-import/draft';
import { textDraft } from '../domain/corpus-import/draft';
import { decodeImportedBytes, type EncodingChoice } from '../domain/corpus-import/encoding';
import { guessEncoding } from '../domain/corpus-import/guess-encoding';
import { htmlArticle } from '../domain/corpus-import/html-article';
import { readJsonTable } from '../domain/corpus-import/json-table';
import { sourceKind, sourceSizeProblem } from '../domain/corpus-import/sources';
import type { ImportTable } from '../domain/corpus-import/table';
import { readZip } from '../domain/corpus-import/zip';
import { errorMessage } from '../domain/error-message';

/** What the chosen files hold: articles ready to plan, tables to map first, and what failed. */
export interface ReadFiles {
  drafts: ImportDraft[];
  tables: ImportTable[];
  problems: ImportProblem[];
  /** Files left out because they are no kind of article (pictures, scripts in a folder). */
  skipped: string[];
}

/** A file to read: its path (within a folder or archive) and a way to get its bytes. */
interface Source {
  path: string;
  size: number;
  bytes: () => Promise<Uint8Array>;
}

/** Where a chosen file sits: its path inside a chosen folder, or its name. */
function pathOf(file: File): string {
  // Empty outside a folder pick; missing altogether in some engines.
  return file.webkitRelativePath || file.name;
}

async function readOne(source: Source, encoding: EncodingChoice, into: ReadFiles): Promise<void> {
  const kind = sourceKind(source.path);
  if (kind === null) {
    into.skipped.push(source.path);
    return;
  }
  const tooBig = sourceSizeProblem(source.path, kind, source.size);
  if (tooBig !== null) {
    into.problems.push({ origin: source.path, message: tooBig });
    return;
  }
  const bytes = await source.bytes();
  if (kind === 'zip') {
    for (const entry of await readZip(bytes)) {
      const path = `${source.path}/${entry.path}`;
      await readOne(
        { path, size: entry.bytes.byteLength, bytes: () => Promise.resolve(entry.bytes) },
        encoding,
        into,
      );
    }
    return;
  }
  const { text } = await decodeImportedBytes(bytes, encoding, guessEncoding);
  if (kind === 'table') {
    into.tables.push(
      /\.(json|jsonl|ndjson)$/i.test(source.path)
        ? readJsonTable(text, source.path)
        : readDelimited(text, source.path),
    );
    return;
  }
  if (kind === 'html') {
    const draft = htmlArticle(new DOMParser().parseFromString(text, 'text/html'), source.path);
    if (draft) into.drafts.push(draft);
    else
      into.problems.push({
        origin: source.path,
        message: `${source.path} holds no readable article text.`,
      });
    return;
  }
  if (isBlankText(text))
    into.problems.push({ origin: source.path, message: `${source.path} holds no text.` });
  else into.drafts.push(textDraft(text, source.path));
}

/**
 * Reads chosen files (from the picker, a dropped selection or a folder): text and Markdown
 * files, saved web pages, tables and .zip archives of them. A file that cannot be read is
 * reported by its path and why; the others are still read. Never writes anything.
 * @param onFile called after each chosen file, for progress
 */
export async function readImportFiles(
  files: readonly File[],
  encoding: EncodingChoice,
  onFile?: (done: number) => void,
): Promise<ReadFiles> {
  const read: ReadFiles = { drafts: [], tables: [], problems: [], skipped: [] };
  for (const [index, file] of files.entries()) {
    const path = pathOf(file);
    try {
      await readOne(
        { path, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) },
        encoding,
        read,
      );
    } catch (error) {
      read.problems.push({
        origin: path,
        message: `${path} could not be read: ${errorMessage(error)}.`,
      });
    }
    onFile?.(index + 1);
  }
  return read;
}
