import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useSyncExternalStore } from 'react';
import { damagedRepo, type DamagedRecord } from '../db';
import { importActivity, subscribeImportActivity } from '../db/import-activity';
import { listDamagedRecords } from '../commands/damaged-scan';

const none: DamagedRecord[] = [];

/**
 * Records that failed their check on read, live; empty while loading or if none. While this
 * tab writes an import batch the last list stands (the scan reads every table, so running it
 * after each chunk would make the import quadratic); it is read again when the batch ends.
 */
export function useDamagedRecords(): DamagedRecord[] {
  const activity = useSyncExternalStore(subscribeImportActivity, importActivity);
  const last = useRef<DamagedRecord[]>(none);
  return useLiveQuery(
    async () => {
      if (activity.writing) return last.current;
      last.current = await listDamagedRecords().catch(() => none);
      return last.current;
    },
    [activity.writing, activity.ended],
    last.current,
  );
}

/** Deletes one damaged record. */
export function deleteDamagedRecord(record: DamagedRecord): Promise<void> {
  return damagedRepo.remove(record);
}
