import type { ArticleMemo } from '../domain/model';
import { partitionRecords } from '../domain/validation/sound-records';
import { getDb, type GlossDB } from './db';
import { loadSchemas, schemas } from './schemas';
import { mapDbError, ValidationError } from './errors';

export interface MemosRepoOptions {
  /** Source of "now" for updatedAt. */
  clock?: () => Date;
}

function validate(record: unknown): ArticleMemo {
  const result = schemas().ArticleMemoSchema.safeParse(record);
  if (!result.success) throw ValidationError.fromZod('memo', result.error);
  return result.data;
}

function requireArticleId(articleId: string): void {
  const result = schemas().ArticleIdSchema.safeParse(articleId);
  if (!result.success) throw ValidationError.fromZod('memo', result.error);
}

async function run<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw mapDbError(error);
  }
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
      return run(() => dbOf().memos.get(articleId));
    },

    /**
     * Stores an article's memo, kept exactly as typed. Text that is empty or
     * only whitespace deletes the memo. Saving the text it already has writes
     * nothing (updatedAt stays).
     * @returns the stored memo, or null when it was deleted
     * @throws ValidationError (too long, bad article id), QuotaError
     */
    async set(articleId: string, text: string): Promise<ArticleMemo | null> {
      await loadSchemas();
      requireArticleId(articleId);
      const memos = dbOf().memos;
      if (text.trim() === '') {
        return run(async () => {
          await memos.delete(articleId);
          return null;
        });
      }
      const record = validate({ articleId, text, updatedAt: now().toISOString() });
      return run(() =>
        dbOf().transaction('rw', memos, async () => {
          const current = await memos.get(articleId);
          if (current?.text === text) return current;
          await memos.put(record);
          return record;
        }),
      );
    },

    /** Every memo, by article id. */
    list(): Promise<ArticleMemo[]> {
      return run(
        async () => partitionRecords<ArticleMemo>('memos', await dbOf().memos.toArray()).sound,
      );
    },
  };
}

export type MemosRepo = ReturnType<typeof createMemosRepo>;

/** The repo over the app-wide database. */
export const memosRepo: MemosRepo = createMemosRepo();
