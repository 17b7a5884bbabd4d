import Dexie, { type Table } from 'dexie';
import type { PersistedIndex } from './core';

/**
 * Where the search index is kept between visits: a database of its own beside Gloss's, so the
 * index never touches the user's data or its schema, and clearing it loses nothing (it is
 * rebuilt from the articles).
 */
class SearchIndexDb extends Dexie {
  state!: Table<{ key: string; value: PersistedIndex }, string>;
  constructor() {
    super('gloss-search-index');
    this.version(1).stores({ state: 'key' });
  }
}

const KEY = 'index';
let db: SearchIndexDb | null = null;

function open(): SearchIndexDb {
  db ??= new SearchIndexDb();
  return db;
}

/** The stored index, or undefined when there is none (or storage is unavailable). */
export async function loadStoredIndex(): Promise<PersistedIndex | undefined> {
  try {
    return (await open().state.get(KEY))?.value;
  } catch {
    return undefined;
  }
}

/** Stores the index; false when storage is unavailable (it then lives for this visit only). */
export async function storeIndex(value: PersistedIndex): Promise<boolean> {
  try {
    await open().state.put({ key: KEY, value });
    return true;
  } catch {
    return false;
  }
}
