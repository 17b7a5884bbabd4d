import Dexie from 'dexie';
import { partitionRecords } from '../domain/validation/sound-records';
import { sha256Hex } from '../domain/corpus/hash';
import { withDetails, type DocumentDetails } from '../domain/corpus-import/document-details';
import type { Annotation, ArticleMemo, DocumentMeta, DocumentRecord } from '../domain/model';
import { getDb, type GlossDB } from './db';
import { getDocuments, splitDocument, splitDocuments } from './document-texts';
import { hasErrorNamed, NotFoundError, ValidationError } from './errors';
import { readRecords, readSnapshot, writeSnapshot } from './library-snapshot';
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
  /** The sets it was in and its place in each, so undo puts it back where it was. */
  memberships: { setId: string; index: number }[];
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

/** How many documents addMany checks at once. */
const CHECK_GROUP = 25;

/** How many documents addMany writes per request (each request's completion is a new task). */
const WRITE_GROUP = 100;

/** Waits for the next task: a digest can resolve as a microtask, so awaiting it never yields. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function byCreation(a: DocumentMeta, b: DocumentMeta): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** Runs `work` once the page is idle (after the first paint), or soon where there is no idle. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2_000 });
  else setTimeout(work, 0);
}

/**
 * Reads and writes the user's own documents (the `articles` table). Documents
 * are validated before any transaction opens; a multi-row change is one
 * transaction. Failures arrive as ValidationError, NotFoundError or QuotaError.
 */
export function createArticlesRepo(database?: GlossDB) {
  const dbOf = (): GlossDB => database ?? getDb();
  /** The last list read, with its generation: handed out again while no document changed. */
  let held: { generation: string; documents: DocumentMeta[] } | undefined;

  async function requireUnusedIds(ids: readonly string[]): Promise<void> {
    const found = await dbOf().articles.bulkGet([...ids]);
    const used = found.find((article) => article !== undefined);
    if (used) throw new ValidationError('article', 'id', `is already used (${used.id})`);
  }

  return {
    /** Stores a new document. @throws ValidationError (also when the id is taken) */
    async add(article: DocumentRecord): Promise<DocumentRecord> {
      const record = await validate(article);
      const { meta, text } = splitDocument(record);
      await writeInTransaction(dbOf(), { tables: [dbOf().articles, dbOf().texts] }, async () => {
        await requireUnusedIds([record.id]);
        await dbOf().articles.add(meta);
        await dbOf().texts.put(text);
      });
      return record;
    },

    /**
     * Stores several documents in one transaction: all of them or none. An aborted `signal`
     * stops it between groups and aborts the transaction (the signal's reason is thrown).
     * @throws ValidationError naming the document ("article 2 of 3") and field
     */
    async addMany(
      articles: readonly DocumentRecord[],
      signal?: AbortSignal,
    ): Promise<DocumentRecord[]> {
      // Checked side by side in groups: each hash is computed off the main thread, so the
      // documents of a group wait for their digests at once, not in turn, and the checks of
      // one group are a short task.
      const records: DocumentRecord[] = [];
      for (let start = 0; start < articles.length; start += CHECK_GROUP) {
        // Not inside a caller's transaction: waiting for a task there would let it commit.
        if (start > 0 && !Dexie.currentTransaction) await nextTask();
        signal?.throwIfAborted();
        records.push(
          ...(await Promise.all(
            articles
              .slice(start, start + CHECK_GROUP)
              .map((article, offset) =>
                validate(article, `article ${start + offset + 1} of ${articles.length}`),
              ),
          )),
        );
      }
      const ids = records.map((record) => record.id);
      const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
      if (repeated !== undefined)
        throw new ValidationError('article', 'id', `is repeated (${repeated})`);
      const { metas, texts } = splitDocuments(records);
      await writeInTransaction(dbOf(), { tables: [dbOf().articles, dbOf().texts] }, async () => {
        await requireUnusedIds(ids);
        // In groups, still one transaction: each group is cloned into IndexedDB in its own
        // task, so a thousand documents are not one long task of the page.
        for (let start = 0; start < metas.length; start += WRITE_GROUP) {
          // Cancelled halfway: the throw aborts the transaction, so nothing of it is stored.
          signal?.throwIfAborted();
          await dbOf().articles.bulkAdd(metas.slice(start, start + WRITE_GROUP));
          await dbOf().texts.bulkPut(texts.slice(start, start + WRITE_GROUP));
        }
      });
      return records;
    },

    /**
     * Deletes a document with its annotations and memo, in one transaction.
     * @returns what was deleted @throws NotFoundError
     */
    remove(id: string): Promise<RemovedArticle> {
      const { articles, texts, annotations, memos, overrides, sets } = dbOf();
      const tables = [articles, texts, annotations, memos, overrides, sets];
      return writeInTransaction(dbOf(), { tables }, async () => {
        const [article] = await getDocuments(dbOf(), [id]);
        if (!article) throw new NotFoundError('article', id);
        const attached = annotations.where('articleId').equals(id);
        const removedAnnotations = await attached.toArray();
        const memo = (await memos.get(id)) ?? null;
        await attached.delete();
        await memos.delete(id);
        await articles.delete(id);
        await texts.delete(id);
        // Sets forget it too; what it was in is returned, for undo.
        const memberships: RemovedArticle['memberships'] = [];
        await sets
          .where('articleIds')
          .equals(id)
          .modify((set) => {
            memberships.push({ setId: set.id, index: set.articleIds.indexOf(id) });
            set.articleIds = set.articleIds.filter((member) => member !== id);
          });
        return {
          article,
          annotations: removedAnnotations,
          memo,
          annotationCount: removedAnnotations.length,
          memberships,
        };
      });
    },

    /**
     * Puts a deleted document back as it was (undo of a deletion), in one transaction: its
     * text, annotations, memo and its place in every set it was in. A set deleted since stays
     * deleted; a set changed since still gets it back, at its old place or at the end.
     * @throws ValidationError (a document with that id was added since), QuotaError
     */
    restore(removed: RemovedArticle): Promise<void> {
      const { articles, texts, annotations, memos, sets } = dbOf();
      const tables = [articles, texts, annotations, memos, sets];
      return writeInTransaction(dbOf(), { tables }, async () => {
        const { id } = removed.article;
        const { meta, text } = splitDocument(removed.article);
        await articles.add(meta);
        await texts.put(text);
        await annotations.bulkPut(removed.annotations);
        if (removed.memo) await memos.put(removed.memo);
        const found = await sets.bulkGet(removed.memberships.map((m) => m.setId));
        for (const [i, { index }] of removed.memberships.entries()) {
          const set = found[i];
          if (!set || set.articleIds.includes(id)) continue;
          set.articleIds.splice(Math.min(index, set.articleIds.length), 0, id);
          await sets.put(set);
        }
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
      const [current] = await guarded(() => getDocuments(dbOf(), [id]));
      if (!current) throw new NotFoundError('article', id);
      const after = await validate(withDetails(current, details));
      return writeInTransaction(dbOf(), { tables: [dbOf().articles, dbOf().texts] }, async () => {
        const [before] = await getDocuments(dbOf(), [id]);
        if (!before) throw new NotFoundError('article', id);
        if (before.sha256 !== after.sha256)
          throw new ValidationError('article', 'text', 'changed while its details were edited');
        await dbOf().articles.put(splitDocument(after).meta);
        return { before, after };
      });
    },

    /** A whole document, text included. */
    get(id: string): Promise<DocumentRecord | undefined> {
      return guarded(async () => {
        const db = dbOf();
        return db.transaction('r', [db.articles, db.texts], async () => {
          const [record] = await getDocuments(db, [id]);
          return record;
        });
      });
    },

    /** A document's canonical text, or undefined when there is none. */
    getText(id: string): Promise<string | undefined> {
      return guarded(async () => (await dbOf().texts.get(id))?.text);
    },

    /** Many documents' texts in one read, in the order of `ids` (undefined where there is none). */
    getTexts(ids: readonly string[]): Promise<(string | undefined)[]> {
      return guarded(async () =>
        (await dbOf().texts.bulkGet([...ids])).map((record) =>
          typeof record?.text === 'string' ? record.text : undefined,
        ),
      );
    },

    /** Every document's metadata (no text is read), oldest first. */
    list(): Promise<DocumentMeta[]> {
      // One record when the snapshot is current (library-snapshot.ts); the records otherwise,
      // and then a new snapshot once the page is idle. While no document changed, the same
      // (frozen) list is handed out again, so a live view sees no change.
      return guarded(async () => {
        const db = dbOf();
        const snapshot = await readSnapshot(db, held);
        if (snapshot.documents && snapshot.generation !== null) {
          held = {
            generation: snapshot.generation,
            documents: Object.freeze(snapshot.documents) as DocumentMeta[],
          };
          return held.documents;
        }
        const { records, generation } = await readRecords(db);
        const documents = Object.freeze(
          partitionRecords<DocumentMeta>('articles', records).sound.sort(byCreation),
        ) as DocumentMeta[];
        if (generation !== null) held = { generation, documents };
        // An empty library has nothing to keep: reading no records costs what the snapshot
        // would, and a fresh profile then writes nothing until the user does.
        if (documents.length > 0)
          whenIdle(() => {
            writeSnapshot(db, documents, generation).catch((error: unknown) => {
              // Only the next first paint is slower: the records are read again.
              if (!hasErrorNamed(error, ['DatabaseClosedError']))
                console.warn('Gloss: the library snapshot could not be written', error);
            });
          });
        return documents;
      });
    },
  };
}

export type ArticlesRepo = ReturnType<typeof createArticlesRepo>;

/** The repo over the app-wide database. */
export const articlesRepo: ArticlesRepo = createArticlesRepo();
