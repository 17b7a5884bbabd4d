import { getDb, type GlossDB } from './db';
import { mapDbError } from './errors';

/** What the browser answered when asked to keep our storage from eviction. */
export type PersistenceState = 'granted' | 'denied' | 'unsupported';

export interface PersistenceRecord {
  state: PersistenceState;
  requestedAt: string;
}

export const PERSISTENCE_META_KEY = 'persisted';

/** The part of StorageManager we use; `persist` is missing in some browsers and insecure contexts. */
export interface PersistCapableStorage {
  persist?: () => Promise<boolean>;
}

function browserStorage(): PersistCapableStorage | undefined {
  return typeof navigator === 'undefined'
    ? undefined
    : (navigator.storage as StorageManager | undefined);
}

const inFlight = new WeakMap<GlossDB, Promise<PersistenceRecord>>();

function isPersistenceRecord(value: unknown): value is PersistenceRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { state, requestedAt } = value as Record<string, unknown>;
  return (
    (state === 'granted' || state === 'denied' || state === 'unsupported') &&
    typeof requestedAt === 'string'
  );
}

/** The stored answer to the persistence request (for Settings), or null if it was never asked. */
export async function getPersistence(
  database: GlossDB = getDb(),
): Promise<PersistenceRecord | null> {
  try {
    const record = await database.meta.get(PERSISTENCE_META_KEY);
    return isPersistenceRecord(record?.value) ? record.value : null;
  } catch (error) {
    throw mapDbError(error);
  }
}

export interface PersistenceRequestOptions {
  /** Ask the browser even if it answered before (the user pressed a button for it). */
  askAgain?: boolean;
}

async function ask(
  database: GlossDB,
  storage: PersistCapableStorage | undefined,
  askAgain: boolean,
): Promise<PersistenceRecord> {
  if (!askAgain) {
    const known = await getPersistence(database);
    if (known) return known;
  }
  let state: PersistenceState = 'unsupported';
  // In memory mode nothing is stored, so there is nothing to keep (and no prompt to show).
  if (database.storageMode !== 'memory' && typeof storage?.persist === 'function') {
    try {
      state = (await storage.persist()) ? 'granted' : 'denied';
    } catch {
      state = 'denied';
    }
  }
  const record: PersistenceRecord = { state, requestedAt: new Date().toISOString() };
  try {
    await database.meta.put({ key: PERSISTENCE_META_KEY, value: record });
  } catch (error) {
    throw mapDbError(error);
  }
  return record;
}

/**
 * Asks the browser once (ever) to make our storage persistent, and records the
 * answer in meta. Later calls return the recorded answer without asking again,
 * unless `askAgain` is set. In memory mode the answer is 'unsupported'.
 * @param storage defaults to navigator.storage; tests pass a stand-in
 */
export function requestPersistence(
  database: GlossDB = getDb(),
  storage: PersistCapableStorage | undefined = browserStorage(),
  { askAgain = false }: PersistenceRequestOptions = {},
): Promise<PersistenceRecord> {
  const pending = inFlight.get(database);
  if (pending) return pending;
  const request = ask(database, storage, askAgain).finally(() => inFlight.delete(database));
  inFlight.set(database, request);
  return request;
}
