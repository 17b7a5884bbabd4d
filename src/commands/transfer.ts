import { getDb } from '../db/db';
import { writeImportInChunks } from '../db/import-batch';
import { transferRepo, type GuardedImportResult, type Snapshot } from '../db/transfer-repo';
import type { AnnotationFilters } from '../domain/annotations/filter';
import type { Coder } from '../domain/coders/coder';
import type { ArticleWithText } from '../domain/corpus/types';
import type { ImportPlan } from '../domain/formats/plan-types';
import type { ExportInput, KnownArticles } from '../domain/formats/types';
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
