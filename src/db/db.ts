import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Annotation, StoredArticle, Tag } from '../domain/model';
import { hasErrorNamed, mapDbError } from './errors';
import { declareSchemaVersions } from './schema';
import type { MetaRecord } from './types';

/** What the UI needs to hear about the database's life cycle. */
export type DbEvent =
  /** Another tab upgraded or deleted the database; this tab closed it and must be reloaded. */
  | { type: 'versionchange' }
  /** Our upgrade waits for another tab that still has the old version open. */
  | { type: 'blocked' }
  /** IndexedDB cannot be used here (some private modes); nothing will be kept. */
  | { type: 'unavailable'; error: unknown };

export type DbEventListener = (event: DbEvent) => void;

/**
 * Where data lives. 'unavailable' means IndexedDB could not be opened.
 * TODO: an in-memory fallback ('memory') for private modes without IndexedDB.
 */
export type StorageMode = 'pending' | 'indexeddb' | 'unavailable';

export const DEFAULT_DB_NAME = 'gloss';

/** Errors from open() that mean "this browser will not give us IndexedDB". */
const UNAVAILABLE_ERROR_NAMES = ['MissingAPIError', 'InvalidStateError', 'SecurityError'];

/** The app's IndexedDB database. Only src/db uses it; everything else goes through the repos. */
export class GlossDB extends Dexie {
  declare readonly annotations: EntityTable<Annotation, 'id'>;
  declare readonly tags: EntityTable<Tag, 'id'>;
  declare readonly articles: EntityTable<StoredArticle, 'id'>;
  declare readonly meta: EntityTable<MetaRecord, 'key'>;

  storageMode: StorageMode = 'pending';
  readonly #listeners = new Set<DbEventListener>();

  /** @param name a unique name per test keeps tests apart */
  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareSchemaVersions(this);
    this.on('versionchange', () => {
      // Close for good (no silent auto-reopen): this tab's code is older than the database now.
      this.close();
      this.emit({ type: 'versionchange' });
      // Stops Dexie's default handler, which would close with auto-reopen enabled.
      return false;
    });
    this.on('blocked', () => this.emit({ type: 'blocked' }));
  }

  /** Subscribes to life-cycle events. @returns a function that unsubscribes */
  onEvent(listener: DbEventListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Tells every listener; one failing listener does not silence the others. */
  emit(event: DbEvent): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error('Gloss: a database event listener failed', error);
      }
    }
  }
}

let instance: GlossDB | undefined;

/** The app-wide database (created on first use, not opened). */
export function getDb(): GlossDB {
  instance ??= new GlossDB();
  return instance;
}

export const db: GlossDB = getDb();

/** Subscribes to life-cycle events of the app-wide database. @returns unsubscribe */
export function onDbEvent(listener: DbEventListener): () => void {
  return getDb().onEvent(listener);
}

/**
 * Opens the database. When the browser offers no usable IndexedDB, resolves to
 * 'unavailable' and emits an 'unavailable' event (for the banner) instead of
 * throwing; any other failure is thrown as mapped by mapDbError.
 */
export async function openDb(database: GlossDB = getDb()): Promise<StorageMode> {
  try {
    await database.open();
    database.storageMode = 'indexeddb';
  } catch (error) {
    if (!hasErrorNamed(error, UNAVAILABLE_ERROR_NAMES)) throw mapDbError(error);
    database.storageMode = 'unavailable';
    database.emit({ type: 'unavailable', error });
  }
  return database.storageMode;
}
