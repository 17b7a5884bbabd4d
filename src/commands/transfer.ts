import { getDb } from '../db/db';
import { beginImportBatch } from '../db/import-activity';
import { writeImportInChunks } from '../db/import-batch';
import { transferRepo, type GuardedImportResult, type Snapshot } from '../db/transfer-repo';
import type { AnnotationFilters } from '../domain/annotations/filter';
import type { Coder } from '../domain/coders/coder';
import type { ArticleWithText } from '../domain/corpus/types';
import type { ImportPlan } from '../domain/formats/plan-types';
import type { BuildOptions } from '../domain/formats/export-entry';
import type { ExportKind } from '../domain/formats/file-name';
import type { ExportInput, KnownArticles } from '../domain/formats/types';
import type { SavedExport } from './export-build';
import type { WriteTarget } from './import-read';
import { listArticles, withTexts } from './corpus';
import { pickExport } from './export-gather';

/**
 * Gathers what an export writes: everything, or only the annotations that match `filter`
 * (the All annotations view's filters), with the articles they and the memos name (and only
 * those articles' texts are read) and the tags.
 */
export async function gatherExport(filter?: AnnotationFilters): Promise<ExportInput> {
  const [snapshot, articles] = await Promise.all([transferRepo.snapshot(), listArticles()]);
  const { records, named } = await pickExport(snapshot, articles, filter);
  return { articles: await withTexts(named), ...records };
}

/**
 * Exports what the database holds (all of it, or what `filter` picks). Where the app's data is
 * in IndexedDB and workers exist, the export worker reads the records itself and builds the
 * file there: the page sends only the list of articles and the named ones' texts, and gets a
 * Blob back, so neither the read nor the copy of tens of thousands of records holds it.
 * Otherwise (memory mode, tests) the records are gathered here and built as buildExportFile does.
 * @throws Error with the exporter's message
 */
export async function exportFromDatabase(
  kind: ExportKind,
  filter: AnnotationFilters | undefined,
  options: BuildOptions = {},
): Promise<SavedExport> {
  const { buildExportFile, readAndBuildInWorker } = await import('./export-build');
  const db = getDb();
  if (typeof Worker === 'undefined' || db.storageMode !== 'indexeddb') {
    const input = await gatherExport(filter);
    return { file: await buildExportFile(kind, input, options), count: input.annotations.length };
  }
  const articles = await listArticles();
  const byId = new Map(articles.map((a) => [a.id, a]));
  return readAndBuildInWorker(
    kind,
    { dbName: db.name, articles, ...(filter ? { filter } : {}) },
    options,
    async (ids) =>
      (await withTexts(ids.flatMap((id) => byId.get(id) ?? []))).map((a): [string, string] => [
        a.id,
        a.text,
      ]),
  );
}

/**
 * Where an import worker may write the plan it made: the app's IndexedDB database, with this
 * tab told of the batch; null in memory mode (a worker cannot reach that database).
 */
export function importWriteTarget(): WriteTarget | null {
  const db = getDb();
  if (db.storageMode !== 'indexeddb') return null;
  return {
    dbName: db.name,
    begin: beginImportBatch,
    // The worker's writes reached no listener of this tab, nor other tabs: whoever keeps a copy
    // of the annotations reads them again.
    changed: () => getDb().annotationChanges.reset(),
  };
}

/** Every article this device knows, with its text: bundled first, then the user's documents. */
export async function loadAllArticles(): Promise<ArticleWithText[]> {
  return withTexts(await listArticles());
}

/** What an import is compared against: the articles this device knows and its current data. */
export async function gatherImportContext(): Promise<{
  articles: KnownArticles;
  known: ArticleWithText[];
  snapshot: Snapshot;
}> {
  const [snapshot, known] = await Promise.all([transferRepo.snapshot(), loadAllArticles()]);
  return { articles: new Map(known.map((a) => [a.id, a])), known, snapshot };
}

/**
 * Writes an import plan as one logical import in short chunks (nothing changes on error, nor
 * after a crash halfway: see writeImportInChunks), only if nothing it touches moved since
 * `basis`, the snapshot the preview was planned against (null: what the database holds now).
 * `coders` are the file's own coder records, for annotations whose coder this device does not
 * know yet. `onProgress` hears the fraction written after each chunk.
 */
export async function applyImportPlan(
  plan: ImportPlan,
  basis: Snapshot | null = null,
  coders: readonly Coder[] = [],
  onProgress?: (fraction: number) => void,
): Promise<GuardedImportResult> {
  return writeImportInChunks(
    getDb(),
    plan,
    basis ?? (await transferRepo.snapshot()),
    coders,
    onProgress ? { onProgress } : {},
  );
}
