import type { Annotation, ArticleMemo } from '../domain/model';
import { getDb } from './db';
import { loadSchemas, schemas } from './record-schemas';

/*
 * Last-moment writes for a page that is going away (`pagehide`, or hidden and
 * perhaps never shown again).
 *
 * A closing tab is torn down before IndexedDB answers any request, and a
 * transaction commits on its own only once its requests have been answered. So
 * an ordinary save started in `pagehide` (a read, then a put, as the repos do)
 * never commits and the text is lost. These functions validate the record, issue
 * one put synchronously and commit it explicitly with IDBTransaction.commit(),
 * which the browser completes even though the page is gone.
 *
 * They bypass Dexie, so other tabs are not told: callers run the ordinary save
 * right after, which does that (and records the undo step) when the page lives on.
 */

/** Loads what the exit saves validate with; call it when an editor opens. */
export function prepareExitSaves(): void {
  void loadSchemas().catch(() => undefined);
}

/** Puts `record` into `storeName` and commits at once. @returns whether the write was issued */
function putAndCommit(storeName: 'annotations' | 'memos', record: unknown): boolean {
  const database = getDb();
  if (!database.isOpen()) return false;
  try {
    const transaction = database.backendDB().transaction(storeName, 'readwrite');
    transaction.objectStore(storeName).put(record);
    transaction.commit();
    return true;
  } catch {
    return false;
  }
}

/** Stores `note` on `annotation` (the record as last read) at once. @returns whether it was issued */
export function saveNoteOnExit(annotation: Annotation, note: string): boolean {
  try {
    const parsed = schemas().AnnotationSchema.safeParse({
      ...annotation,
      note,
      updatedAt: new Date().toISOString(),
    });
    return parsed.success && putAndCommit('annotations', parsed.data);
  } catch {
    return false; // the schemas are not loaded yet
  }
}

/** Stores an article memo at once (blank text is left to the ordinary save, which deletes). */
export function saveMemoOnExit(articleId: string, text: string): boolean {
  if (text.trim() === '') return false;
  try {
    const memo: ArticleMemo = { articleId, text, updatedAt: new Date().toISOString() };
    const parsed = schemas().ArticleMemoSchema.safeParse(memo);
    return parsed.success && putAndCommit('memos', parsed.data);
  } catch {
    return false;
  }
}
