import type { Transaction } from 'dexie';

type OldRecord = Record<string, unknown>;

/**
 * Upgrade from schema version 3 to 4: each document's text moves out of the `articles` table
 * into `texts` (keyed by the same id), so that listing the library reads metadata only. A record
 * without a string text is left as it is, for the damaged-records list to show. Runs inside the
 * upgrade transaction: if it throws, the database stays at version 3, intact.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const articles = tx.table<OldRecord>('articles');
  const texts = tx.table<{ id: string; text: string }>('texts');
  const moved: { id: string; text: string }[] = [];
  await articles.toCollection().modify((record) => {
    if (typeof record.id !== 'string' || typeof record.text !== 'string') return;
    moved.push({ id: record.id, text: record.text });
    delete record.text;
  });
  await texts.bulkPut(moved);
}
