import { useEffect, useSyncExternalStore } from 'react';
import { openDb } from '../db/db';
import { getStorageStatus, subscribeStorageStatus, type StorageStatus } from '../db/storage-status';

export type { StorageStatus };

/**
 * Where data lives ('pending' until the database has opened, 'memory' when the
 * browser refused IndexedDB) and whether another tab upgraded the database or
 * holds up our upgrade. Opens the database if nothing has yet (main.tsx does it
 * before the first render; tests render without it).
 */
export function useStorageStatus(): StorageStatus {
  const status = useSyncExternalStore(subscribeStorageStatus, getStorageStatus, getStorageStatus);
  useEffect(() => {
    if (getStorageStatus().mode !== 'pending') return;
    openDb().catch((error: unknown) => {
      console.error('Gloss: the database could not be opened', error);
    });
  }, []);
  return status;
}
