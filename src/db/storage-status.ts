import { notifyAll, type DbEvent, type StorageMode } from './gloss-db';

/** What the UI shows about storage: where data lives and what other tabs did to it. */
export interface StorageStatus {
  readonly mode: StorageMode;
  /** Another tab upgraded or deleted the database; this tab closed it and must be reloaded. */
  readonly versionChanged: boolean;
  /** Our upgrade is waiting for another tab to let go of the database. */
  readonly blocked: boolean;
  /**
   * The database went away while open: 'deleted' by another tab (what this tab held is kept in
   * memory when mode is 'memory'), or 'closed' by the browser (site data cleared): nothing can
   * be saved any more.
   */
  readonly lost: 'deleted' | 'closed' | null;
}

const initialStatus: StorageStatus = {
  mode: 'pending',
  versionChanged: false,
  blocked: false,
  lost: null,
};

let status = initialStatus;
const listeners = new Set<() => void>();

function update(patch: Partial<StorageStatus>): void {
  const next = { ...status, ...patch };
  if (
    next.mode === status.mode &&
    next.versionChanged === status.versionChanged &&
    next.blocked === status.blocked &&
    next.lost === status.lost
  )
    return;
  status = next;
  notifyAll(listeners, undefined);
}

/** The current status; the same object until something changes (as useSyncExternalStore needs). */
export function getStorageStatus(): StorageStatus {
  return status;
}

/** Calls `listener` whenever the status changes. @returns unsubscribe */
export function subscribeStorageStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Records how the app-wide database opened; a finished open is no longer blocked. */
export function recordStorageMode(mode: StorageMode): void {
  update(mode === 'pending' ? { mode } : { mode, blocked: false });
}

/** Records a life-cycle event of the app-wide database. */
export function recordDbEvent(event: DbEvent): void {
  if (event.type === 'versionchange') update({ versionChanged: true });
  else if (event.type === 'blocked') update({ blocked: true });
  else if (event.type === 'deleted') update({ lost: 'deleted' });
  else if (event.type === 'closed') update({ lost: 'closed' });
}

/** What was kept in memory after a deletion is stored in IndexedDB again. */
export function recordStorageSaved(): void {
  update({ mode: 'indexeddb', lost: null });
}

/** Back to "nothing known yet" (a new app-wide database, e.g. between tests). */
export function resetStorageStatus(): void {
  update(initialStatus);
}
