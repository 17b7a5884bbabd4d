import type { ArticleMemo } from '../domain/model';
import { partitionRecords } from '../domain/validation/sound-records';
import { getDb, type GlossDB } from './db';
import { loadSchemas, type RecordSchemas } from './record-schemas';
import { checked, guarded, writeInTransaction } from './repo-write';

export interface MemosRepoOptions {
  /** Source of "now" for updatedAt. */
  clock?: () => Date;
}

function validate(schemas: RecordSchemas, record: unknown): ArticleMemo {
  return checked('memo', schemas.ArticleMemoSchema, record);
}

/**
 * Reads and writes article memos: one note per article (seed or user
 * document), keyed by article id. Failures arrive as ValidationError or QuotaError.
 */
export function createMemosRepo(database?: GlossDB, options: MemosRepoOptions = {}) {
  const dbOf = (): GlossDB => database ?? getDb();
  const now = (): Date => (options.clock ?? (() => new Date()))();

  return {
    /** The memo of one article, or undefined when it has none. */
    get(articleId: string): Promise<ArticleMemo | undefined> {
      return guarded(() => dbOf().memos.get(articleId));
    },

    /**
     * Stores an article's memo, kept exactly as typed. Text that is empty or
     * only whitespace deletes the memo. Saving the text it already has writes
     * nothing (updatedAt stays).
     * @returns the stored memo, or null when it was deleted
     * @throws ValidationError (too long, bad article id), QuotaError
     */
    async set(articleId: string, text: string): Promise<ArticleMemo | null> {
      checked('memo', (await loadSchemas()).ArticleIdSchema, articleId);
      const memos = dbOf().memos;
      return writeInTransaction(dbOf(), { tables: [memos] }, async (schemas) => {
        if (text.trim() === '') {
          await memos.delete(articleId);
          return null;
        }
        const record = validate(schemas, { articleId, text, updatedAt: now().toISOString() });
        const current = await memos.get(articleId);
        if (current?.text === text) return current;
        await memos.put(record);
        return record;
      });
    },

    /** Every memo, by article id. */
    list(): Promise<ArticleMemo[]> {
      return guarded(
        async () => partitionRecords<ArticleMemo>('memos', await dbOf().memos.toArray()).sound,
      );
    },
  };
}

export type MemosRepo = ReturnType<typeof createMemosRepo>;

/** The repo over the app-wide database. */
export const memosRepo: MemosRepo = createMemosRepo();
