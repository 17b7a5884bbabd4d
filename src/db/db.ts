import { hasErrorNamed, mapDbError } from './errors';
import {
  GlossDB,
  notifyAll,
  type DbEvent,
  type DbEventListener,
  type StorageMode,
} from './gloss-db';
import type { AnnotationChangeListener } from './annotation-changes';
import { recoverImportOnOpen } from './import-recovery';
import { openMemoryDb } from './memory-db';
import {
  recordDbEvent,
  recordStorageMode,
  recordStorageSaved,
  resetStorageStatus,
} from './storage-status';

export { DEFAULT_DB_NAME, GlossDB } from './gloss-db';
export type { DbEvent, DbEventListener, StorageMode } from './gloss-db';

/**
 * Errors from open() that mean "this browser will not give us IndexedDB": missing (MissingAPI),
 * refused (private modes, blocked cookies, sandboxed frames), or broken underneath ("Internal
 * error opening backing store" is an UnknownError). Gloss then runs from memory. What is not
 * here (a newer version from another tab, a failed upgrade, bad arguments) is reported instead:
 * falling back to an empty memory database would look like lost data.
 */
const UNAVAILABLE_ERROR_NAMES = [
  'MissingAPIError',
  'InvalidStateError',
  'SecurityError',
  'NotAllowedError',
  'InvalidAccessError',
  'UnknownError',
];

/** Subscribers of onDbEvent: they outlive a swap of the app-wide database. */
const appListeners = new Set<DbEventListener>();

function forwardToApp(event: DbEvent): void {
  recordDbEvent(event);
  notifyAll(appListeners, event);
}

/**
 * The app-wide database. A live binding: it is replaced by an in-memory one when
 * the browser refuses IndexedDB, so read it when you use it (or call getDb()).
 */
export let db: GlossDB = new GlossDB();
let stopForwarding = db.onEvent(forwardToApp);
db.rescue = rescueInMemory;
/** Subscribers of onAppAnnotationChanges: they outlive a swap of the app-wide database. */
const changeListeners = new Set<AnnotationChangeListener>();
const forwardChange: AnnotationChangeListener = (change) => notifyAll(changeListeners, change);
let stopChanges: () => void = () => {};
let opening: Promise<StorageMode> | undefined;
/** Bumped by setAppDb, so that an open still running for a replaced database changes nothing. */
let generation = 0;

function install(database: GlossDB): void {
  stopForwarding();
  stopForwarding = database.onEvent(forwardToApp);
  database.rescue = rescueInMemory;
  const replaced = db !== database;
  db = database;
  if (changeListeners.size > 0) {
    stopChanges();
    stopChanges = database.annotationChanges.subscribe(forwardChange);
    // What was read from the one before may differ: read again.
    if (replaced) forwardChange({ puts: [], deletes: [], reset: true });
  }
}

/**
 * Subscribes to the committed annotation changes of the app-wide database, whichever it is; a
 * swap (to memory, or in tests) is told as a reset. @returns unsubscribe
 */
export function onAppAnnotationChanges(listener: AnnotationChangeListener): () => void {
  if (changeListeners.size === 0) stopChanges = db.annotationChanges.subscribe(forwardChange);
  changeListeners.add(listener);
  return () => {
    changeListeners.delete(listener);
    if (changeListeners.size === 0) {
      stopChanges();
      stopChanges = () => {};
    }
  };
}

/**
 * Another tab is deleting the app-wide database (its "Delete all data", or a developer tool):
 * copy everything into an in-memory database while the connection still holds it, and carry on
 * from there, so nothing on screen and nothing typed next is lost. The user can then save it
 * again (saveAgain) or download a backup. See docs/architecture.md "Persistence".
 */
async function rescueInMemory(database: GlossDB): Promise<void> {
  if (database !== db) return;
  const { restoreSnapshot, snapshotOf } = await import('./rescue');
  const snapshot = await snapshotOf(database);
  const memory = await openMemoryDb(database.name);
  await restoreSnapshot(memory, snapshot);
  if (database !== db) return;
  install(memory);
  recordStorageMode('memory');
  forwardToApp({ type: 'deleted' });
}

/**
 * After a deletion by another tab: writes everything this tab kept in memory into a new
 * IndexedDB database and goes on from there, as before the deletion. Records the other tab
 * has written since are kept unless they have the same ids. @returns the new storage mode
 */
export async function saveAgain(): Promise<StorageMode> {
  const memory = db;
  if (memory.storageMode !== 'memory') return memory.storageMode;
  const fresh = new GlossDB(memory.name);
  const { restoreSnapshot, snapshotOf } = await import('./rescue');
  try {
    await fresh.open();
    await restoreSnapshot(fresh, await snapshotOf(memory));
  } catch (error) {
    fresh.close();
    throw mapDbError(error);
  }
  fresh.storageMode = 'indexeddb';
  if (db !== memory) {
    fresh.close();
    return db.storageMode;
  }
  install(fresh);
  memory.close();
  recordStorageSaved();
  return 'indexeddb';
}

/** The app-wide database (created on load, opened by openDb() or on first use). */
export function getDb(): GlossDB {
  return db;
}

/**
 * Makes `database` the app-wide database, keeping onDbEvent subscribers, and
 * forgets how the previous one opened. Tests use it to stand in for a browser
 * without IndexedDB. @returns the database
 */
export function setAppDb(database: GlossDB = new GlossDB()): GlossDB {
  generation += 1;
  opening = undefined;
  resetStorageStatus();
  install(database);
  return database;
}

/** Subscribes to life-cycle events of the app-wide database, whichever it is. @returns unsubscribe */
export function onDbEvent(listener: DbEventListener): () => void {
  appListeners.add(listener);
  return () => {
    appListeners.delete(listener);
  };
}

async function openIndexedDb(database: GlossDB): Promise<StorageMode> {
  try {
    await database.open();
    database.storageMode = 'indexeddb';
    // An import a closed tab left half written is undone before the app reads anything.
    await recoverImportOnOpen(database).catch((error: unknown) =>
      console.error('Gloss: an interrupted import could not be undone yet', error),
    );
  } catch (error) {
    if (!hasErrorNamed(error, UNAVAILABLE_ERROR_NAMES)) throw mapDbError(error);
    database.storageMode = 'unavailable';
    database.emit({ type: 'unavailable', error });
  }
  return database.storageMode;
}

async function openAppDb(database: GlossDB): Promise<StorageMode> {
  const openedFor = generation;
  const current = () => generation === openedFor;
  let mode: StorageMode;
  try {
    mode = await openIndexedDb(database);
    if (mode === 'unavailable') {
      const memory = await openMemoryDb(database.name).catch((error: unknown) => {
        console.error('Gloss: could not start in-memory storage either', error);
        return null;
      });
      if (memory && current()) install(memory);
      if (memory) mode = 'memory';
    }
  } catch (error) {
    if (current()) {
      opening = undefined; // a later call may try again
      recordStorageMode('unavailable');
    }
    throw error;
  }
  if (current()) recordStorageMode(mode);
  return mode;
}

/**
 * Opens a database. The app-wide one (the default) is opened once however often
 * this is called; when the browser offers no usable IndexedDB it emits an
 * 'unavailable' event and is replaced by an in-memory database, resolving to
 * 'memory'. A database the caller made itself is not replaced: it resolves to
 * 'unavailable' (after the same event). Any other failure is thrown as mapped
 * by mapDbError.
 */
export function openDb(database: GlossDB = getDb()): Promise<StorageMode> {
  if (database !== db) return openIndexedDb(database);
  opening ??= openAppDb(database);
  return opening;
}
