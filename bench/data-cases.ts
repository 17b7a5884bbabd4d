/**
 * Benchmark cases for the data layer: importing a native backup and exporting
 * W3C JSON-LD. The format modules and the transfer repo are loaded through
 * import.meta.glob so that, while they are still being written, a missing
 * module makes its case report "not available" instead of breaking the page.
 */
import { getDb } from '../src/db';
import { AnnotationSchema } from '../src/domain/validation';
import type { Annotation, Tag } from '../src/domain/model';
import { benchAnnotations, benchTags, seedDocument, seeds, type BenchDocument } from './corpus';
import { recordLongTasks, type LongTasks } from './measure';

const optional = import.meta.glob([
  '../src/domain/formats/w3c-export.ts',
  '../src/domain/formats/native-export.ts',
  '../src/domain/formats/native-import.ts',
  '../src/domain/formats/import-plan.ts',
  '../src/db/transfer-repo.ts',
]);

/** Thrown (and reported as "not available") when a module the case needs does not exist yet. */
export class NotAvailable extends Error {}

async function load(path: string, name: string): Promise<(...args: never[]) => unknown> {
  const loader = optional[`../src/${path}`];
  if (!loader) throw new NotAvailable(`src/${path} does not exist`);
  const module = (await loader()) as Record<string, unknown>;
  const value = module[name];
  if (typeof value !== 'function') throw new NotAvailable(`src/${path} does not export ${name}()`);
  return value as (...args: never[]) => unknown;
}

// The shapes the cases rely on, kept local so a module still being written cannot break the build.
interface ExportArticle {
  id: string;
  title: string;
  source: string | null;
  language: string;
  text: string;
  textHash: string;
  origin: 'seed' | 'user';
}
interface ExportInput {
  articles: ExportArticle[];
  tags: Tag[];
  annotations: Annotation[];
  memos: unknown[];
  userArticles: unknown[];
  exportedAt: Date;
}
interface Snapshot {
  annotations: Annotation[];
  tags: Tag[];
  memos: unknown[];
  documents: unknown[];
}
interface Plan {
  counts: { add: number; change: number; remove: number; skip: number; unchanged: number };
}
interface TransferRepo {
  snapshot(): Promise<Snapshot>;
  applyImport(plan: Plan): Promise<void>;
}

async function transferRepo(): Promise<TransferRepo> {
  const create = (await load('db/transfer-repo.ts', 'createTransferRepo')) as () => TransferRepo;
  return create();
}

let seedDocs: Promise<BenchDocument[]> | null = null;
function seedDocuments(): Promise<BenchDocument[]> {
  seedDocs ??= Promise.all(seeds.map((s) => seedDocument(s.id)));
  return seedDocs;
}

function exportArticles(docs: readonly BenchDocument[]): ExportArticle[] {
  return docs.map((d) => ({
    id: d.entry.id,
    title: d.entry.title,
    source: d.entry.source,
    language: d.entry.language,
    text: d.text,
    textHash: d.entry.textHash,
    origin: 'seed',
  }));
}

/** `total` annotations spread over the five seeds, a third with notes, all tagged. */
async function corpusAnnotations(total: number, tags: readonly Tag[]): Promise<Annotation[]> {
  const docs = await seedDocuments();
  return docs.flatMap((doc, i) => {
    const share = Math.floor(total / docs.length) + (i < total % docs.length ? 1 : 0);
    return benchAnnotations(doc, share, { seed: 100 + i, tags, notes: true });
  });
}

async function clearDatabase(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}

export interface ImportResult {
  annotations: number;
  fileBytes: number;
  parse: number;
  /** Reading what the database holds (the plan compares against it). */
  snapshot: number;
  plan: number;
  /** transferRepo.applyImport: validation of every record, then one transaction. */
  write: number;
  /** Of which (measured apart, same records): AnnotationSchema.safeParse of every annotation. */
  validateAnnotations: number;
  total: number;
  stored: number;
  skipped: number;
  longTasks: LongTasks;
}

/** Imports a native backup of `count` annotations into an empty database, as the import page does. */
export async function importMany(count: number): Promise<ImportResult> {
  const exportNative = (await load('domain/formats/native-export.ts', 'exportNative')) as (
    input: ExportInput,
  ) => string;
  const parseNative = (await load('domain/formats/native-import.ts', 'parseNative')) as (
    text: string,
  ) => unknown;
  const planImport = (await load('domain/formats/import-plan.ts', 'planImport')) as (
    bundle: unknown,
    ctx: unknown,
    mode: 'merge' | 'replace',
  ) => Plan;
  const repo = await transferRepo();

  await clearDatabase();
  const docs = await seedDocuments();
  const tags = benchTags(12);
  const annotations = await corpusAnnotations(count, tags);
  const file = exportNative({
    articles: exportArticles(docs),
    tags,
    annotations,
    memos: [],
    userArticles: [],
    exportedAt: new Date(),
  });
  const known = new Map(
    docs.map((d) => [d.entry.id, { text: d.text, textHash: d.entry.textHash }]),
  );

  const tasks = recordLongTasks();
  const t0 = performance.now();
  const bundle = parseNative(file);
  const t1 = performance.now();
  const existing = await repo.snapshot();
  const t2 = performance.now();
  const plan = planImport(bundle, { articles: known, existing }, 'merge');
  const t3 = performance.now();
  await repo.applyImport(plan);
  const t4 = performance.now();
  const longTasks = await tasks.stop();
  const v0 = performance.now();
  for (const annotation of annotations) AnnotationSchema.safeParse(annotation);
  const validateAnnotations = performance.now() - v0;
  return {
    annotations: count,
    fileBytes: file.length,
    parse: t1 - t0,
    snapshot: t2 - t1,
    plan: t3 - t2,
    write: t4 - t3,
    validateAnnotations,
    total: t4 - t0,
    stored: await getDb().annotations.count(),
    skipped: plan.counts.skip,
    longTasks,
  };
}

export interface ExportResult {
  annotations: number;
  /** Reading every record in one transaction (transferRepo.snapshot). */
  read: number;
  /** exportW3C: building and serialising the JSON-LD. */
  serialise: number;
  /** Wrapping the text in a Blob for the download. */
  blob: number;
  total: number;
  bytes: number;
  progressReports: number;
  longTasks: LongTasks;
}

/** Stores `count` annotations (once per browser context) for exportW3C. */
async function ensureStored(count: number, tags: readonly Tag[]): Promise<void> {
  const db = getDb();
  if ((await db.annotations.count()) === count && (await db.tags.count()) === tags.length) return;
  await clearDatabase();
  await db.tags.bulkPut([...tags]);
  const annotations = await corpusAnnotations(count, tags);
  for (let i = 0; i < annotations.length; i += 5000)
    await db.annotations.bulkPut(annotations.slice(i, i + 5000));
}

/** Exports every stored annotation (`count` of them) as W3C JSON-LD, as the export page does. */
export async function exportW3C(count: number): Promise<ExportResult> {
  const exportW3CFn = (await load('domain/formats/w3c-export.ts', 'exportW3C')) as (
    input: ExportInput,
    options: { onProgress?: (done: number, total: number) => void },
  ) => string;
  const repo = await transferRepo();
  const tags = benchTags(12);
  await ensureStored(count, tags);
  const docs = await seedDocuments();
  const articles = exportArticles(docs);

  let progressReports = 0;
  const tasks = recordLongTasks();
  const t0 = performance.now();
  const snapshot = await repo.snapshot();
  const t1 = performance.now();
  const text = exportW3CFn(
    {
      articles,
      tags: snapshot.tags,
      annotations: snapshot.annotations,
      memos: snapshot.memos,
      userArticles: [],
      exportedAt: new Date(),
    },
    { onProgress: () => (progressReports += 1) },
  );
  const t2 = performance.now();
  const blob = new Blob([text], { type: 'application/ld+json' });
  const t3 = performance.now();
  const longTasks = await tasks.stop();
  return {
    annotations: snapshot.annotations.length,
    read: t1 - t0,
    serialise: t2 - t1,
    blob: t3 - t2,
    total: t3 - t0,
    bytes: blob.size,
    progressReports,
    longTasks,
  };
}
