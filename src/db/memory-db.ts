import { Dexie } from 'dexie';
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
  const indexedDB = new IDBFactory();
  // Dexie reads `indexedDB` once, when it loads; where the browser has none (or reading it
  // throws), its live queries never run. They only need to see that some IndexedDB exists.
  const dependencies = Dexie.dependencies as { indexedDB: unknown; IDBKeyRange: unknown };
  if (!dependencies.indexedDB) dependencies.indexedDB = indexedDB;
  if (!dependencies.IDBKeyRange) dependencies.IDBKeyRange = IDBKeyRange;
  if (!globalIndexedDbReadable()) {
    // Some browsers throw on merely reading `indexedDB` (storage blocked); Dexie reads it when
    // opening any database, so stand the in-memory one in for it.
    Object.defineProperty(globalThis, 'indexedDB', { value: indexedDB, configurable: true });
  }
  const database = new GlossDB(name, { indexedDB, IDBKeyRange });
  await database.open();
  database.storageMode = 'memory';
  return database;
}

function globalIndexedDbReadable(): boolean {
  try {
    void globalThis.indexedDB;
    return true;
  } catch {
    return false;
  }
}
