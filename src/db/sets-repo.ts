import type { ArticleSet } from '../domain/model';
import { MAX_SET_NAME_LENGTH, cleanSetName, setNameKey } from '../domain/sets/set-name';
import { getDb, type GlossDB } from './db';
import { NotFoundError, ValidationError, isConstraintError, mapDbError } from './errors';
import { guarded, writeInTransaction } from './repo-write';

/** A set's name cleaned, or the reason it cannot be one (the rule the set schema checks). */
function checkName(name: string): string {
  const clean = cleanSetName(name);
  if (clean === '') throw new ValidationError('set', 'name', 'must not be empty');
  if (clean.length > MAX_SET_NAME_LENGTH)
    throw new ValidationError('set', 'name', `must be at most ${MAX_SET_NAME_LENGTH} characters`);
  return clean;
}

const duplicateName = (error: unknown): Error =>
  isConstraintError(error)
    ? new ValidationError('set', 'name', 'is already used by another set')
    : mapDbError(error);

/** Named sets of articles ("Week 1"). Each change is one transaction. */
export function createSetsRepo(database?: GlossDB) {
  const dbOf = (): GlossDB => database ?? getDb();

  return {
    /** Every set, by name. */
    list(): Promise<ArticleSet[]> {
      return guarded(async () =>
        (await dbOf().sets.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
      );
    },

    /** A new set holding `articleIds`. @throws ValidationError (empty or taken name) */
    async create(
      name: string,
      articleIds: readonly string[],
      now = new Date(),
    ): Promise<ArticleSet> {
      const clean = checkName(name);
      const set: ArticleSet = {
        id: `set-${crypto.randomUUID()}`,
        name: clean,
        nameKey: setNameKey(clean),
        articleIds: [...new Set(articleIds)],
        createdAt: now.toISOString(),
      };
      const db = dbOf();
      await writeInTransaction(db, { tables: [db.sets], mapError: duplicateName }, async () => {
        await db.sets.add(set);
      });
      return set;
    },

    /** Adds articles to a set. @returns the ids that were not in it yet @throws NotFoundError */
    addArticles(setId: string, articleIds: readonly string[]): Promise<string[]> {
      const db = dbOf();
      return writeInTransaction(db, { tables: [db.sets] }, async () => {
        const set = await db.sets.get(setId);
        if (!set) throw new NotFoundError('set', setId);
        const members = new Set(set.articleIds);
        const added = [...new Set(articleIds)].filter((id) => !members.has(id));
        await db.sets.put({ ...set, articleIds: [...set.articleIds, ...added] });
        return added;
      });
    },

    /** Takes articles out of a set (what undo of addArticles does). */
    removeArticles(setId: string, articleIds: readonly string[]): Promise<void> {
      const db = dbOf();
      return writeInTransaction(db, { tables: [db.sets] }, async () => {
        const set = await db.sets.get(setId);
        if (!set) throw new NotFoundError('set', setId);
        const gone = new Set(articleIds);
        await db.sets.put({ ...set, articleIds: set.articleIds.filter((id) => !gone.has(id)) });
      });
    },

    /** Deletes a set (its articles stay). @returns the set @throws NotFoundError */
    remove(setId: string): Promise<ArticleSet> {
      const db = dbOf();
      return writeInTransaction(db, { tables: [db.sets] }, async () => {
        const set = await db.sets.get(setId);
        if (!set) throw new NotFoundError('set', setId);
        await db.sets.delete(setId);
        return set;
      });
    },

    /** Puts a deleted set back as it was (undo). */
    restore(set: ArticleSet): Promise<void> {
      const db = dbOf();
      return writeInTransaction(db, { tables: [db.sets], mapError: duplicateName }, async () => {
        await db.sets.put(set);
      });
    },
  };
}

export type SetsRepo = ReturnType<typeof createSetsRepo>;
export const setsRepo: SetsRepo = createSetsRepo();
