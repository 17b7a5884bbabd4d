import { GlossDB } from './gloss-db';

/**
 * Opens a database with the app's schema in a fresh in-memory IndexedDB, for
 * browsers that refuse IndexedDB: everything works until the tab closes, then
 * it is gone. fake-indexeddb is imported on demand so that it stays out of the
 * main bundle; only these browsers download it.
 * @param name the name the refused database had
 */
export async function openMemoryDb(name: string): Promise<GlossDB> {
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  const database = new GlossDB(name, { indexedDB: new IDBFactory(), IDBKeyRange });
  await database.open();
  database.storageMode = 'memory';
  return database;
}
