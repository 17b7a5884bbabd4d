import type { RemovedArticle } from './articles-repo';
import { getDb, type GlossDB } from './db';
import { splitDocument } from './document-texts';
import { writeInTransaction } from './repo-write';

/**
 * Puts a deleted document back as it was (undo of a deletion), in one transaction: its text
 * and metadata, its annotations, its memo, and its place in every set it was in. A set deleted
 * since is left deleted; a set that gained or lost members since still gets the document back,
 * at its old position or at the end when that position is gone.
 * @throws ValidationError (a document with that id was added since), QuotaError
 */
export function restoreDocument(removed: RemovedArticle, database?: GlossDB): Promise<void> {
  const db = database ?? getDb();
  const tables = [db.articles, db.texts, db.annotations, db.memos, db.sets];
  return writeInTransaction(db, { tables }, async () => {
    const { meta, text } = splitDocument(removed.article);
    await db.articles.add(meta);
    await db.texts.put(text);
    await db.annotations.bulkPut(removed.annotations);
    if (removed.memo) await db.memos.put(removed.memo);
    const sets = await db.sets.bulkGet(removed.memberships.map((m) => m.setId));
    const id = removed.article.id;
    const back = removed.memberships.flatMap(({ index }, i) => {
      const set = sets[i];
      if (!set || set.articleIds.includes(id)) return [];
      const articleIds = [...set.articleIds];
      articleIds.splice(Math.min(index, articleIds.length), 0, id);
      return [{ ...set, articleIds }];
    });
    await db.sets.bulkPut(back);
  });
}
