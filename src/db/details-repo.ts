import type { ArticleDetailFields, DocumentMeta, MetadataOverride } from '../domain/model';
import { getDb, type GlossDB } from './db';
import { NotFoundError } from './errors';
import { checked, writeInTransaction } from './repo-write';

/** An article whose metadata is edited: the user's documents change in place, bundled ones get an override. */
export interface DetailsTarget {
  id: string;
  origin: 'bundled' | 'imported';
}

/** What a change replaced, to put it back (undo). */
export interface DetailsBefore {
  documents: DocumentMeta[];
  /** Each bundled article's override before the change; undefined where it had none. */
  overrides: { articleId: string; override: MetadataOverride | undefined }[];
}

/** Some of the detail fields; absent fields stay as they are. */
export type DetailsChange = Partial<ArticleDetailFields>;

function changedMeta(meta: DocumentMeta, change: DetailsChange): DocumentMeta {
  const { url, ...fields } = change;
  const next: DocumentMeta = { ...meta };
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined) (next as unknown as Record<string, unknown>)[key] = value;
  if (url === null) delete next.url;
  else if (url !== undefined) next.url = url;
  return next;
}

/**
 * Metadata edits of any article, many at once, in one transaction: the user's documents are
 * rewritten (metadata only; their texts are never read or touched), bundled articles get an
 * override beside the manifest. Failures arrive as ValidationError, NotFoundError or QuotaError.
 */
export function createDetailsRepo(database?: GlossDB) {
  const dbOf = (): GlossDB => database ?? getDb();

  return {
    /**
     * Applies one change to every target. @returns what it replaced
     * @throws ValidationError naming the document and field; nothing is written then
     */
    apply(
      targets: readonly DetailsTarget[],
      change: DetailsChange,
      now = new Date(),
    ): Promise<DetailsBefore> {
      const db = dbOf();
      const imported = targets.filter((t) => t.origin === 'imported').map((t) => t.id);
      const bundled = targets.filter((t) => t.origin === 'bundled').map((t) => t.id);
      return writeInTransaction(db, { tables: [db.articles, db.overrides] }, async (schemas) => {
        const metas = await db.articles.bulkGet(imported);
        const documents: DocumentMeta[] = [];
        const next: DocumentMeta[] = [];
        metas.forEach((meta, index) => {
          if (!meta) throw new NotFoundError('article', imported[index] as string);
          const changed = changedMeta(meta, change);
          // The record schema checks the fields; the text is not part of this change.
          checked(`article “${meta.title}”`, schemas.DocumentRecordSchema, {
            ...changed,
            text: '',
          });
          documents.push(meta);
          next.push(changed);
        });
        const old = await db.overrides.bulkGet(bundled);
        const updatedAt = now.toISOString();
        const overrides = bundled.map((articleId, index) => ({
          articleId,
          override: old[index],
        }));
        await db.articles.bulkPut(next);
        await db.overrides.bulkPut(
          overrides.map(({ articleId, override }) => ({
            ...override,
            ...change,
            articleId,
            updatedAt,
          })),
        );
        return { documents, overrides };
      });
    },

    /** Puts back what {@link apply} replaced, in one transaction. */
    restore(before: DetailsBefore): Promise<void> {
      const db = dbOf();
      return writeInTransaction(db, { tables: [db.articles, db.overrides] }, async () => {
        await db.articles.bulkPut(before.documents);
        await db.overrides.bulkDelete(
          before.overrides.filter((o) => !o.override).map((o) => o.articleId),
        );
        await db.overrides.bulkPut(
          before.overrides.flatMap((o) => (o.override ? [o.override] : [])),
        );
      });
    },
  };
}

export type DetailsRepo = ReturnType<typeof createDetailsRepo>;
export const detailsRepo: DetailsRepo = createDetailsRepo();
