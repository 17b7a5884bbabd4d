import type { z } from '../domain/validation/zod';
import type { ImportPlan } from '../domain/formats/plan-types';
import { LOCAL_CODER_ID, defaultLocalCoder, type Coder } from '../domain/coders/coder';
import type {
  Annotation,
  ArticleMemo,
  ArticleSet,
  DocumentMeta,
  DocumentRecord,
  MetadataOverride,
  Tag,
} from '../domain/model';
import { getDb, type GlossDB } from './db';
import { mapDbError } from './errors';
import { staleSince, type StaleImport } from './import-basis';
import { importTables } from './import-journal';
import { loadSchemas } from './record-schemas';
import { checked } from './repo-write';
import { joinTexts, splitDocuments } from './document-texts';
import { partitionRecords, type DamagedRecord } from '../domain/validation/sound-records';

export type { StaleImport } from './import-basis';

/** The outcome of a guarded import: written, or planned against data that has moved. */
export type GuardedImportResult = { status: 'applied' } | StaleImport;

/** Everything the user made, as one consistent snapshot. */
export interface Snapshot {
  annotations: Annotation[];
  tags: Tag[];
  memos: ArticleMemo[];
  documents: DocumentRecord[];
  /** Records that failed their check on read, as stored. */
  damaged?: DamagedRecord[];
  /** Every coder (layer); the local one always. */
  coders: Coder[];
  /** Metadata edits of bundled articles. */
  overrides: MetadataOverride[];
  /** Named sets of articles. */
  sets: ArticleSet[];
}

/**
 * The coders an import's annotations need that the database lacks: the file's own coder
 * records where it has them, else an "Imported coder" stand-in, so no annotation points nowhere.
 */
export function missingCoders(
  annotations: readonly Annotation[],
  fileCoders: readonly Coder[],
  known: ReadonlySet<string>,
  now: string,
): Coder[] {
  const fromFile = new Map(fileCoders.map((c) => [c.id, c]));
  const missing = new Map<string, Coder>();
  for (const { coderId } of annotations) {
    if (known.has(coderId) || missing.has(coderId)) continue;
    const named = fromFile.get(coderId);
    missing.set(
      coderId,
      coderId === LOCAL_CODER_ID
        ? defaultLocalCoder(now)
        : {
            id: coderId,
            name: named?.name ?? `Imported coder ${missing.size + 1}`,
            origin: named?.origin ?? 'imported',
            createdAt: named?.createdAt ?? now,
            ...(named?.color ? { color: named.color } : {}),
          },
    );
  }
  return [...missing.values()];
}

/** Checks every record against its schema. @throws ValidationError naming the first bad one */
export function validateAll<T>(entity: string, schema: z.ZodType<T>, records: readonly T[]): void {
  records.forEach((record, index) => checked(`${entity} ${index}`, schema, record));
}

/**
 * Whole-database reads and writes for backups, exports and imports. An import is validated in
 * full first and then written in one transaction: on any error nothing changes.
 */
export function createTransferRepo(database?: GlossDB) {
  const dbOf = (): GlossDB => database ?? getDb();

  /**
   * Applies an import plan only if nothing it touches changed since `basis` (the snapshot the
   * preview was planned against), checked inside the write transaction; otherwise writes
   * nothing and says what moved. A null basis writes unconditionally. Coders the annotations
   * name that the database lacks are added from `fileCoders` (or as stand-ins).
   * @throws ValidationError naming the record, QuotaError; nothing is written then.
   */
  async function applyImportIfUnchanged(
    plan: ImportPlan,
    basis: Snapshot | null,
    fileCoders: readonly Coder[] = [],
  ): Promise<GuardedImportResult> {
    const put = {
      tags: [...plan.add.tags, ...plan.change.tags],
      documents: [...plan.add.documents, ...plan.change.documents],
      annotations: [...plan.add.annotations, ...plan.change.annotations],
      memos: [...plan.add.memos, ...plan.change.memos],
      overrides: [...plan.add.overrides, ...plan.change.overrides],
      sets: [...plan.add.sets, ...plan.change.sets],
    };
    const { AnnotationSchema, ArticleMemoSchema, DocumentRecordSchema, TagSchema } =
      await loadSchemas();
    const { ArticleSetSchema, MetadataOverrideSchema } =
      await import('../domain/validation/article-schemas');
    validateAll('tag', TagSchema, put.tags);
    validateAll('document', DocumentRecordSchema, put.documents);
    validateAll('annotation', AnnotationSchema, put.annotations);
    validateAll('memo', ArticleMemoSchema, put.memos);
    validateAll('details', MetadataOverrideSchema, put.overrides);
    validateAll('set', ArticleSetSchema, put.sets);
    try {
      const db = dbOf();
      return await db.transaction('rw', importTables(db), async () => {
        if (basis) {
          const changes = await staleSince(db, plan, basis);
          if (changes.length > 0) return { status: 'stale', changes } satisfies StaleImport;
        }
        const known = new Set((await db.coders.toCollection().primaryKeys()).map(String));
        await db.coders.bulkAdd(
          missingCoders(put.annotations, fileCoders, known, new Date().toISOString()),
        );
        await db.annotations.bulkDelete(plan.remove.annotations.map((a) => a.id));
        await db.memos.bulkDelete(plan.remove.memos.map((m) => m.articleId));
        await db.articles.bulkDelete(plan.remove.documents.map((d) => d.id));
        await db.texts.bulkDelete(plan.remove.documents.map((d) => d.id));
        await db.tags.bulkDelete(plan.remove.tags.map((t) => t.id));
        // Tags that are rewritten leave first: a backup where two tags swapped names would
        // otherwise meet the unique name index halfway through.
        await db.tags.bulkDelete(plan.change.tags.map((t) => t.id));
        await db.tags.bulkPut(put.tags);
        const split = splitDocuments(put.documents);
        await db.articles.bulkPut(split.metas);
        await db.texts.bulkPut(split.texts);
        await db.annotations.bulkPut(put.annotations);
        await db.memos.bulkPut(put.memos);
        await db.overrides.bulkDelete(plan.remove.overrides.map((o) => o.articleId));
        await db.overrides.bulkPut(put.overrides);
        // Sets that leave or are rewritten go first, as tags do: set names are unique.
        await db.sets.bulkDelete([...plan.remove.sets, ...plan.change.sets].map((x) => x.id));
        await db.sets.bulkPut(put.sets);
        return { status: 'applied' } as const;
      });
    } catch (error) {
      throw mapDbError(error);
    }
  }

  return {
    /** Reads every table in one read transaction, so the snapshot is consistent. */
    async snapshot(): Promise<Snapshot> {
      try {
        const db = dbOf();
        // What an import plans against is what it writes: the same tables, read at one moment.
        return await db.transaction('r', importTables(db), async () => {
          const coders = await db.coders.toArray();
          const overrides = await db.overrides.toArray();
          const sets = await db.sets.toArray();
          // Damaged records are set aside: views and exports use the sound ones, and the
          // backup carries the damaged ones raw.
          const annotations = partitionRecords<Annotation>(
            'annotations',
            await db.annotations.toArray(),
          );
          const tags = partitionRecords<Tag>('tags', await db.tags.toArray());
          const memos = partitionRecords<ArticleMemo>('memos', await db.memos.toArray());
          const metas = partitionRecords<DocumentMeta>('articles', await db.articles.toArray());
          const joined = await joinTexts(db, metas.sound);
          const documents = {
            sound: joined.documents,
            damaged: [...metas.damaged, ...joined.damaged],
          };
          return {
            annotations: annotations.sound,
            tags: tags.sound,
            memos: memos.sound,
            documents: documents.sound,
            damaged: [
              ...annotations.damaged,
              ...tags.damaged,
              ...memos.damaged,
              ...documents.damaged,
            ],
            coders: coders.some((c) => c.id === LOCAL_CODER_ID)
              ? coders
              : [defaultLocalCoder(new Date().toISOString()), ...coders],
            overrides,
            sets,
          };
        });
      } catch (error) {
        throw mapDbError(error);
      }
    },

    /**
     * Applies an import plan: removals (Replace), then tags, documents, annotations, memos,
     * metadata edits and sets.
     * @throws ValidationError naming the record, QuotaError; nothing is written then.
     */
    async applyImport(plan: ImportPlan, fileCoders: readonly Coder[] = []): Promise<void> {
      await applyImportIfUnchanged(plan, null, fileCoders);
    },

    applyImportIfUnchanged,

    /** Empties every user table in one transaction (used by "Replace" and tests). */
    async clearAll(): Promise<void> {
      const db = dbOf();
      const tables = [
        db.annotations,
        db.tags,
        db.memos,
        db.articles,
        db.texts,
        db.overrides,
        db.sets,
        db.coders,
      ];
      await db.transaction('rw', tables, async () => {
        await Promise.all([
          db.texts.clear(),
          db.overrides.clear(),
          db.sets.clear(),
          db.coders.clear(),
          db.annotations.clear(),
          db.tags.clear(),
          db.memos.clear(),
          db.articles.clear(),
        ]);
      });
    },
  };
}

export type TransferRepo = ReturnType<typeof createTransferRepo>;
export const transferRepo: TransferRepo = createTransferRepo();
