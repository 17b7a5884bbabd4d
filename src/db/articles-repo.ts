import { partitionRecords } from '../domain/validation/sound-records';
import { sha256Hex } from '../domain/corpus/hash';
import { withDetails, type DocumentDetails } from '../domain/corpus-import/document-details';
import type { Annotation, ArticleMemo, DocumentRecord } from '../domain/model';
import { getDb, type GlossDB } from './db';
import { NotFoundError, ValidationError } from './errors';
import { loadSchemas } from './record-schemas';
import { checked, guarded, writeInTransaction } from './repo-write';

/** What remove() took away with a document. */
export interface RemovedArticle {
  article: DocumentRecord;
  /** The annotations that pointed into it, now deleted. */
  annotations: Annotation[];
  /** Its memo, now deleted, or null when it had none. */
  memo: ArticleMemo | null;
  annotationCount: number;
}

/**
 * Validates a document: its fields, and that `sha256` and `byteLength`
 * describe `text` (anchoring trusts the hash). @throws ValidationError
 */
async function validate(record: unknown, entity = 'article'): Promise<DocumentRecord> {
  const article = checked(entity, (await loadSchemas()).DocumentRecordSchema, record);
  if (new TextEncoder().encode(article.text).byteLength !== article.byteLength)
    throw new ValidationError(entity, 'byteLength', 'does not match the UTF-8 length of the text');
  if ((await sha256Hex(article.text)) !== article.sha256)
    throw new ValidationError(entity, 'sha256', 'does not match the text');
  return article;
}

function byCreation(a: DocumentRecord, b: DocumentRecord): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/**
 * Reads and writes the user's own documents (the `articles` table). Documents
 * are validated before any transaction opens; a multi-row change is one
 * transaction. Failures arrive as ValidationError, NotFoundError or QuotaError.
 */
export function createArticlesRepo(database?: GlossDB) {
  const dbOf = (): GlossDB => database ?? getDb();

  async function requireUnusedIds(ids: readonly string[]): Promise<void> {
    const found = await dbOf().articles.bulkGet([...ids]);
    const used = found.find((article) => article !== undefined);
    if (used) throw new ValidationError('article', 'id', `is already used (${used.id})`);
  }

  return {
    /** Stores a new document. @throws ValidationError (also when the id is taken) */
    async add(article: DocumentRecord): Promise<DocumentRecord> {
      const record = await validate(article);
      await writeInTransaction(dbOf(), { tables: [dbOf().articles] }, async () => {
        await requireUnusedIds([record.id]);
        await dbOf().articles.add(record);
      });
      return record;
    },

    /**
     * Stores several documents in one transaction: all of them or none.
     * @throws ValidationError naming the document ("article 2 of 3") and field
     */
    async addMany(articles: readonly DocumentRecord[]): Promise<DocumentRecord[]> {
      const records: DocumentRecord[] = [];
      for (const [index, article] of articles.entries())
        records.push(await validate(article, `article ${index + 1} of ${articles.length}`));
      const ids = records.map((record) => record.id);
      const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
      if (repeated !== undefined)
        throw new ValidationError('article', 'id', `is repeated (${repeated})`);
      await writeInTransaction(dbOf(), { tables: [dbOf().articles] }, async () => {
        await requireUnusedIds(ids);
        await dbOf().articles.bulkAdd(records);
      });
      return records;
    },

    /**
     * Deletes a document with its annotations and memo, in one transaction.
     * @returns what was deleted @throws NotFoundError
     */
    remove(id: string): Promise<RemovedArticle> {
      const { articles, annotations, memos } = dbOf();
      return writeInTransaction(dbOf(), { tables: [articles, annotations, memos] }, async () => {
        const article = await articles.get(id);
        if (!article) throw new NotFoundError('article', id);
        const attached = annotations.where('articleId').equals(id);
        const removedAnnotations = await attached.toArray();
        const memo = (await memos.get(id)) ?? null;
        await attached.delete();
        await memos.delete(id);
        await articles.delete(id);
        return {
          article,
          annotations: removedAnnotations,
          memo,
          annotationCount: removedAnnotations.length,
        };
      });
    },

    /**
     * Replaces a document's metadata (title, outlet, date, language, URL, author) in one
     * transaction; its text is never touched. @returns the record before and after
     * @throws NotFoundError, ValidationError
     */
    async updateDetails(
      id: string,
      details: DocumentDetails,
    ): Promise<{ before: DocumentRecord; after: DocumentRecord }> {
      const current = await guarded(() => dbOf().articles.get(id));
      if (!current) throw new NotFoundError('article', id);
      const after = await validate(withDetails(current, details));
      return writeInTransaction(dbOf(), { tables: [dbOf().articles] }, async () => {
        const before = await dbOf().articles.get(id);
        if (!before) throw new NotFoundError('article', id);
        if (before.sha256 !== after.sha256)
          throw new ValidationError('article', 'text', 'changed while its details were edited');
        await dbOf().articles.put(after);
        return { before, after };
      });
    },

    get(id: string): Promise<DocumentRecord | undefined> {
      return guarded(() => dbOf().articles.get(id));
    },

    /** Every document, oldest first. */
    list(): Promise<DocumentRecord[]> {
      return guarded(async () =>
        partitionRecords<DocumentRecord>('articles', await dbOf().articles.toArray()).sound.sort(
          byCreation,
        ),
      );
    },
  };
}

export type ArticlesRepo = ReturnType<typeof createArticlesRepo>;

/** The repo over the app-wide database. */
export const articlesRepo: ArticlesRepo = createArticlesRepo();
