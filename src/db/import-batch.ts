import type { Table } from 'dexie';
import type { Coder } from '../domain/coders/coder';
import type { ImportPlan } from '../domain/formats/plan-types';
import type { DocumentRecord } from '../domain/model';
import type { GlossDB } from './db';
import { splitDocuments } from './document-texts';
import { mapDbError } from './errors';
import { beginImportBatch } from './import-activity';
import { staleSince, type ImportBasis } from './import-basis';
import {
  IMPORT_JOURNAL_KEY,
  importLockName,
  importTables,
  rollBackJournal,
  type ImportJournal,
  type JournalTable,
} from './import-journal';
import { loadSchemas } from './record-schemas';
import { missingCoders, validateAll, type GuardedImportResult } from './transfer-repo';

/**
 * How many records one write transaction puts. Each transaction is short, so other writes (a
 * note typed in another tab) wait for one chunk, never for the whole import.
 */
export const IMPORT_CHUNK = 2000;
/**
 * How many records one request burst puts: put() clones each record on the calling thread, so
 * a burst is one task; the next burst is issued from the last request's success event, a task
 * of its own, which lets the page paint in between while the transaction stays open.
 */
export const IMPORT_SLICE = 250;
/** Documents carry their whole text, so fewer of them go in one transaction. */
const DOCUMENT_CHUNK = 50;

/** Options of {@link writeImportInChunks}. */
export interface ChunkedImportOptions {
  /** Called after each chunk with the fraction of records written (0…1). */
  onProgress?: (fraction: number) => void;
  chunkSize?: number;
}

interface Step {
  table: JournalTable;
  kind: 'delete' | 'put';
  rows: readonly unknown[];
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Validates in slices, giving the page a turn between them. @throws ValidationError */
async function validateInSlices(plan: ImportPlan, size: number): Promise<void> {
  const { AnnotationSchema, ArticleMemoSchema, DocumentRecordSchema, TagSchema } =
    await loadSchemas();
  const { ArticleSetSchema, MetadataOverrideSchema } =
    await import('../domain/validation/article-schemas');
  const lists = [
    ['tag', TagSchema, [...plan.add.tags, ...plan.change.tags]],
    ['document', DocumentRecordSchema, [...plan.add.documents, ...plan.change.documents]],
    ['annotation', AnnotationSchema, [...plan.add.annotations, ...plan.change.annotations]],
    ['memo', ArticleMemoSchema, [...plan.add.memos, ...plan.change.memos]],
    ['details', MetadataOverrideSchema, [...plan.add.overrides, ...plan.change.overrides]],
    ['set', ArticleSetSchema, [...plan.add.sets, ...plan.change.sets]],
  ] as const;
  for (const [entity, schema, records] of lists) {
    for (let at = 0; at < records.length; at += size) {
      // Named by their place in the whole list, as the one-go check names them.
      const slice = records.slice(at, at + size);
      try {
        validateAll(entity, schema as never, slice as never[]);
      } catch (error) {
        if (error instanceof Error)
          error.message = error.message.replace(
            new RegExp(`^${entity} (\\d+)`),
            (_, i: string) => `${entity} ${at + Number(i)}`,
          );
        throw error;
      }
      await pause();
    }
  }
}

/** The keys each table's writes touch, and what those keys held before (from the basis). */
function journalOf(
  batchId: string,
  plan: ImportPlan,
  basis: ImportBasis,
  coders: readonly Coder[],
): ImportJournal {
  const keyed = <T>(list: readonly T[], key: (r: T) => string) => list.map(key);
  const touched = <T>(kind: keyof ImportPlan['add'], key: (r: T) => string) =>
    new Set(keyed([...plan.add[kind], ...plan.change[kind], ...plan.remove[kind]] as T[], key));
  const annotations = touched<{ id: string }>('annotations', (a) => a.id);
  const tags = touched<{ id: string }>('tags', (t) => t.id);
  const memos = touched<{ articleId: string }>('memos', (m) => m.articleId);
  const documents = touched<DocumentRecord>('documents', (d) => d.id);
  const overrides = touched<{ articleId: string }>('overrides', (o) => o.articleId);
  const sets = touched<{ id: string }>('sets', (x) => x.id);
  const before = splitDocuments(basis.documents.filter((d) => documents.has(d.id)));
  return {
    batchId,
    startedAt: new Date().toISOString(),
    tables: [
      {
        table: 'annotations',
        keys: [...annotations],
        restore: basis.annotations.filter((a) => annotations.has(a.id)),
      },
      { table: 'tags', keys: [...tags], restore: basis.tags.filter((t) => tags.has(t.id)) },
      {
        table: 'memos',
        keys: [...memos],
        restore: basis.memos.filter((m) => memos.has(m.articleId)),
      },
      { table: 'articles', keys: [...documents], restore: before.metas },
      { table: 'texts', keys: [...documents], restore: before.texts },
      { table: 'coders', keys: coders.map((c) => c.id), restore: [] },
      {
        table: 'overrides',
        keys: [...overrides],
        restore: basis.overrides.filter((o) => overrides.has(o.articleId)),
      },
      { table: 'sets', keys: [...sets], restore: basis.sets.filter((x) => sets.has(x.id)) },
    ],
  };
}

/** Every write of the plan in order, cut into chunks (removals first, as the one-go write). */
function stepsOf(plan: ImportPlan, size: number): Step[] {
  const put = {
    annotations: [...plan.add.annotations, ...plan.change.annotations],
    memos: [...plan.add.memos, ...plan.change.memos],
    documents: [...plan.add.documents, ...plan.change.documents],
  };
  const removed = plan.remove.documents.map((d) => d.id);
  const split = splitDocuments(put.documents);
  const steps: Step[] = [];
  const add = (table: JournalTable, kind: Step['kind'], rows: readonly unknown[], n = size) => {
    for (const part of chunks(rows, n)) steps.push({ table, kind, rows: part });
  };
  add(
    'annotations',
    'delete',
    plan.remove.annotations.map((a) => a.id),
  );
  add(
    'memos',
    'delete',
    plan.remove.memos.map((m) => m.articleId),
  );
  add('articles', 'delete', removed);
  add('texts', 'delete', removed);
  // Tags that are rewritten leave first: a backup where two tags swapped names would otherwise
  // meet the unique name index halfway through. Tags go in one step (a codebook is small).
  add(
    'tags',
    'delete',
    [...plan.remove.tags, ...plan.change.tags].map((t) => t.id),
    Infinity,
  );
  add('tags', 'put', [...plan.add.tags, ...plan.change.tags], Infinity);
  add('articles', 'put', split.metas, DOCUMENT_CHUNK);
  add('texts', 'put', split.texts, DOCUMENT_CHUNK);
  add('annotations', 'put', put.annotations);
  add('memos', 'put', put.memos);
  add(
    'overrides',
    'delete',
    plan.remove.overrides.map((o) => o.articleId),
  );
  add('overrides', 'put', [...plan.add.overrides, ...plan.change.overrides]);
  // Sets that leave or are rewritten go first, as tags do: set names are unique.
  add(
    'sets',
    'delete',
    [...plan.remove.sets, ...plan.change.sets].map((x) => x.id),
    Infinity,
  );
  add('sets', 'put', [...plan.add.sets, ...plan.change.sets], Infinity);
  return steps;
}

/** Holds the batch's Web Lock while `body` runs, so another tab's start does not undo it. */
async function holdingLock<T>(name: string, body: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return body();
  return locks.request(name, body);
}

/**
 * Writes an import plan in chunks, each its own short transaction, as one logical import that
 * changes nothing unless it all lands (docs/architecture.md "Persistence"). The first
 * transaction checks the plan against `basis` (nothing it touches moved since the preview),
 * adds the coders the annotations need and stores a journal in `meta`: every key the batch
 * touches and what those keys held before. Chunks follow; the last transaction deletes the
 * journal, which is the commit. On a failure the journal is played back (what the batch wrote
 * is deleted, what it overwrote restored) before the error is thrown; after a crash the next
 * start does the same (see import-journal.ts).
 * @throws ValidationError naming the record, QuotaError; nothing is changed then.
 */
export async function writeImportInChunks(
  db: GlossDB,
  plan: ImportPlan,
  basis: ImportBasis,
  fileCoders: readonly Coder[] = [],
  options: ChunkedImportOptions = {},
): Promise<GuardedImportResult> {
  const size = options.chunkSize ?? IMPORT_CHUNK;
  await validateInSlices(plan, size);
  const batchId = crypto.randomUUID();
  const all = [...importTables(db), db.meta];
  return holdingLock(importLockName(batchId), async () => {
    let started = false;
    const end = beginImportBatch();
    try {
      const opened = await db.transaction('rw', all, async () => {
        const changes = await staleSince(db, plan, basis);
        if (changes.length > 0) return { status: 'stale', changes } as const;
        const known = new Set((await db.coders.toCollection().primaryKeys()).map(String));
        const coders = missingCoders(
          [...plan.add.annotations, ...plan.change.annotations],
          fileCoders,
          known,
          new Date().toISOString(),
        );
        await db.meta.put({
          key: IMPORT_JOURNAL_KEY,
          value: journalOf(batchId, plan, basis, coders),
        });
        await db.coders.bulkAdd(coders);
        return null;
      });
      if (opened) return opened;
      started = true;
      const steps = stepsOf(plan, size);
      for (const [index, step] of steps.entries()) {
        const table = db.table(step.table) as Table<unknown, string>;
        await db.transaction('rw', table, async () => {
          for (const slice of chunks(step.rows, IMPORT_SLICE)) {
            if (step.kind === 'delete') await table.bulkDelete(slice as string[]);
            else await table.bulkPut(slice);
          }
        });
        options.onProgress?.((index + 1) / steps.length);
      }
      await db.transaction('rw', db.meta, async () => {
        const journal = await db.meta.get(IMPORT_JOURNAL_KEY);
        if ((journal?.value as ImportJournal | undefined)?.batchId === batchId)
          await db.meta.delete(IMPORT_JOURNAL_KEY);
      });
      return { status: 'applied' } as const;
    } catch (error) {
      if (started) {
        try {
          await rollBackJournal(db, batchId);
        } catch (rollback) {
          // Left for the next start, which plays the journal back again.
          console.error('Gloss: an interrupted import could not be undone yet', rollback);
        }
      }
      throw mapDbError(error);
    } finally {
      end();
    }
  });
}
