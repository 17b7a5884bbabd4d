import type { z } from '../domain/validation/zod';
import type { ImportPlan } from '../domain/formats/plan-types';
import type { Annotation, ArticleMemo, DocumentRecord, Tag } from '../domain/model';
import { getDb, type GlossDB } from './db';
import { loadSchemas } from './record-schemas';
import { checked, guarded, writeInTransaction } from './repo-write';

/** Everything the user made, as one consistent snapshot. */
export interface Snapshot {
  annotations: Annotation[];
  tags: Tag[];
  memos: ArticleMemo[];
  documents: DocumentRecord[];
}

function validateAll<T>(entity: string, schema: z.ZodType<T>, records: readonly T[]): void {
  records.forEach((record, index) => checked(`${entity} ${index}`, schema, record));
}

/**
 * Whole-database reads and writes for backups, exports and imports. An import is validated in
 * full first and then written in one transaction: on any error nothing changes.
 */
export function createTransferRepo(database?: GlossDB) {
  const dbOf = (): GlossDB => database ?? getDb();

  return {
    /** Reads every table in one read transaction, so the snapshot is consistent. */
    snapshot(): Promise<Snapshot> {
      const db = dbOf();
      return guarded(() =>
        db.transaction('r', [db.annotations, db.tags, db.memos, db.articles], async () => ({
          annotations: await db.annotations.toArray(),
          tags: await db.tags.toArray(),
          memos: await db.memos.toArray(),
          documents: await db.articles.toArray(),
        })),
      );
    },

    /**
     * Applies an import plan: removals (Replace), then tags, documents, annotations and memos.
     * @throws ValidationError naming the record, QuotaError; nothing is written then.
     */
    async applyImport(plan: ImportPlan): Promise<void> {
      const put = {
        tags: [...plan.add.tags, ...plan.change.tags],
        documents: [...plan.add.documents, ...plan.change.documents],
        annotations: [...plan.add.annotations, ...plan.change.annotations],
        memos: [...plan.add.memos, ...plan.change.memos],
      };
      const { AnnotationSchema, ArticleMemoSchema, DocumentRecordSchema, TagSchema } =
        await loadSchemas();
      validateAll('tag', TagSchema, put.tags);
      validateAll('document', DocumentRecordSchema, put.documents);
      validateAll('annotation', AnnotationSchema, put.annotations);
      validateAll('memo', ArticleMemoSchema, put.memos);
      const db = dbOf();
      const tables = [db.annotations, db.tags, db.memos, db.articles];
      await writeInTransaction(db, { tables }, async () => {
        await db.annotations.bulkDelete(plan.remove.annotations.map((a) => a.id));
        await db.memos.bulkDelete(plan.remove.memos.map((m) => m.articleId));
        await db.articles.bulkDelete(plan.remove.documents.map((d) => d.id));
        await db.tags.bulkDelete(plan.remove.tags.map((t) => t.id));
        await db.tags.bulkPut(put.tags);
        await db.articles.bulkPut(put.documents);
        await db.annotations.bulkPut(put.annotations);
        await db.memos.bulkPut(put.memos);
      });
    },

    /** Empties every user table in one transaction (used by "Replace" and tests). */
    async clearAll(): Promise<void> {
      const db = dbOf();
      await db.transaction('rw', [db.annotations, db.tags, db.memos, db.articles], async () => {
        await Promise.all([
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
