import type { Table } from 'dexie';
import type { GlossDB } from './db';

/** The `meta` key of the journal of an import being written in chunks. */
export const IMPORT_JOURNAL_KEY = 'import-journal';

/** The tables a chunked import writes. */
export type JournalTable =
  'annotations' | 'tags' | 'memos' | 'articles' | 'texts' | 'coders' | 'overrides' | 'sets';

/** The tables an import writes, in every transaction that writes or undoes one. */
export function importTables(db: GlossDB) {
  return [
    db.annotations,
    db.tags,
    db.memos,
    db.articles,
    db.texts,
    db.coders,
    db.overrides,
    db.sets,
  ];
}

/**
 * What undoes an import batch: per table, every key the batch writes or deletes, and the
 * records those keys held before it began (a key with none held nothing).
 */
export interface ImportJournal {
  batchId: string;
  startedAt: string;
  tables: { table: JournalTable; keys: string[]; restore: unknown[] }[];
}

/** The Web Lock a tab holds while it writes batch `batchId`. */
export const importLockName = (batchId: string) => `gloss-import-${batchId}`;

/**
 * Plays back the journal of an unfinished import in one transaction: deletes every key the batch
 * touched, then puts back what those keys held, then drops the journal. Deleting first lets a
 * restored tag take back a name the batch gave another tag. With `batchId`, only that batch's
 * journal is played. @returns whether a journal was played back
 */
export async function rollBackJournal(db: GlossDB, batchId?: string): Promise<boolean> {
  return db.transaction('rw', [...importTables(db), db.meta], async () => {
    const journal = (await db.meta.get(IMPORT_JOURNAL_KEY))?.value as ImportJournal | undefined;
    if (!journal || (batchId !== undefined && journal.batchId !== batchId)) return false;
    for (const { table, keys } of journal.tables)
      await (db.table(table) as Table<unknown, string>).bulkDelete(keys);
    for (const { table, restore } of journal.tables)
      await (db.table(table) as Table<unknown, string>).bulkPut(restore);
    await db.meta.delete(IMPORT_JOURNAL_KEY);
    return true;
  });
}

/**
 * Undoes an import a closed or crashed tab left half written, unless a living tab still holds
 * its lock (it is writing it right now). Run when the database opens, before any reader.
 */
export async function recoverInterruptedImport(db: GlossDB): Promise<void> {
  const journal = (await db.meta.get(IMPORT_JOURNAL_KEY))?.value as ImportJournal | undefined;
  if (!journal) return;
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) {
    await rollBackJournal(db, journal.batchId);
    return;
  }
  await locks.request(importLockName(journal.batchId), { ifAvailable: true }, async (lock) => {
    if (lock) await rollBackJournal(db, journal.batchId);
  });
}
