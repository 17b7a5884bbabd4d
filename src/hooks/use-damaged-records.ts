import { useLiveQuery } from 'dexie-react-hooks';
import { damagedRepo, type DamagedRecord } from '../db';

const none: DamagedRecord[] = [];

/** Records that failed their check on read, live; empty while loading or if none. */
export function useDamagedRecords(): DamagedRecord[] {
  return useLiveQuery(() => damagedRepo.list().catch(() => none), [], none);
}

/** Deletes one damaged record. */
export function deleteDamagedRecord(record: DamagedRecord): Promise<void> {
  return damagedRepo.remove(record);
}
