import type { ZodType } from 'zod';
import type { ImportPlan } from '../domain/formats/plan-types';
import { LOCAL_CODER_ID, defaultLocalCoder, type Coder } from '../domain/coders/coder';
import type { Annotation, ArticleMemo, StoredArticle, Tag } from '../domain/model';
import { getDb, type GlossDB } from './db';
import { mapDbError, ValidationError } from './errors';
import { loadSchemas } from './schemas';

/** Everything the user made, as one consistent snapshot. */
export interface Snapshot {
  annotations: Annotation[];
  tags: Tag[];
  memos: ArticleMemo[];
  documents: StoredArticle[];
  /** Every coder (layer); the local one always. */
  coders: Coder[];
}

/**
 * The coders an import's annotations need that the database lacks: the file's own coder
 * records where it has them, else an "Imported coder" stand-in, so no annotation points nowhere.
 */
function missingCoders(
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
          },
    );
  }
  return [...missing.values()];
}

function validateAll<T>(entity: string, schema: ZodType<T>, records: readonly T[]): void {
  records.forEach((record, index) => {
    const result = schema.safeParse(record);
    if (!result.success) {
      const error = ValidationError.fromZod(entity, result.error);
      throw new ValidationError(`${entity} ${index}`, error.field, error.problem);
    }
  });
}

/**
 * Whole-database reads and writes for backups, exports and imports. An import is validated in
 * full first and then written in one transaction: on any error nothing changes.
 */
export function createTransferRepo(database?: GlossDB) {
  const dbOf = (): GlossDB => database ?? getDb();

  return {
    /** Reads every table in one read transaction, so the snapshot is consistent. */
    async snapshot(): Promise<Snapshot> {
      try {
        const db = dbOf();
        return await db.transaction(
          'r',
          [db.annotations, db.tags, db.memos, db.articles, db.coders],
          async () => {
            const coders = await db.coders.toArray();
            return {
              annotations: await db.annotations.toArray(),
              tags: await db.tags.toArray(),
              memos: await db.memos.toArray(),
              documents: await db.articles.toArray(),
              coders: coders.some((c) => c.id === LOCAL_CODER_ID)
                ? coders
                : [defaultLocalCoder(new Date().toISOString()), ...coders],
            };
          },
        );
      } catch (error) {
        throw mapDbError(error);
      }
    },

    /**
     * Applies an import plan: removals (Replace), then tags, documents, annotations and memos.
     * @throws ValidationError naming the record, QuotaError; nothing is written then.
     */
    async applyImport(plan: ImportPlan, fileCoders: readonly Coder[] = []): Promise<void> {
      const put = {
        tags: [...plan.add.tags, ...plan.change.tags],
        documents: [...plan.add.documents, ...plan.change.documents],
        annotations: [...plan.add.annotations, ...plan.change.annotations],
        memos: [...plan.add.memos, ...plan.change.memos],
      };
      const { AnnotationSchema, ArticleMemoSchema, StoredArticleSchema, TagSchema } =
        await loadSchemas();
      validateAll('tag', TagSchema, put.tags);
      validateAll('document', StoredArticleSchema, put.documents);
      validateAll('annotation', AnnotationSchema, put.annotations);
      validateAll('memo', ArticleMemoSchema, put.memos);
      try {
        const db = dbOf();
        await db.transaction(
          'rw',
          [db.annotations, db.tags, db.memos, db.articles, db.coders],
          async () => {
            const known = new Set((await db.coders.toCollection().primaryKeys()).map(String));
            await db.coders.bulkAdd(
              missingCoders(put.annotations, fileCoders, known, new Date().toISOString()),
            );
            await db.annotations.bulkDelete(plan.remove.annotations.map((a) => a.id));
            await db.memos.bulkDelete(plan.remove.memos.map((m) => m.articleId));
            await db.articles.bulkDelete(plan.remove.documents.map((d) => d.id));
            await db.tags.bulkDelete(plan.remove.tags.map((t) => t.id));
            await db.tags.bulkPut(put.tags);
            await db.articles.bulkPut(put.documents);
            await db.annotations.bulkPut(put.annotations);
            await db.memos.bulkPut(put.memos);
          },
        );
      } catch (error) {
        throw mapDbError(error);
      }
    },

    /** Empties every user table in one transaction (used by "Replace" and tests). */
    async clearAll(): Promise<void> {
      const db = dbOf();
      await db.transaction(
        'rw',
        [db.annotations, db.tags, db.memos, db.articles, db.coders],
        async () => {
          await Promise.all([
            db.coders.clear(),
            db.annotations.clear(),
            db.tags.clear(),
            db.memos.clear(),
            db.articles.clear(),
          ]);
        },
      );
    },
  };
}

export type TransferRepo = ReturnType<typeof createTransferRepo>;
export const transferRepo: TransferRepo = createTransferRepo();
