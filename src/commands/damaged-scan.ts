import { damagedRepo, type DamagedRecord } from '../db';
import { getDb } from '../db/db';

/** Reads the damaged records of database `dbName` in a worker. */
function scanInWorker(dbName: string): Promise<DamagedRecord[]> {
  const worker = new Worker(new URL('./damaged-scan.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gloss-damaged-scan',
  });
  return new Promise<DamagedRecord[]>((resolve, reject) => {
    worker.onmessage = (
      event: MessageEvent<
        { type: 'done'; damaged: DamagedRecord[] } | { type: 'error'; message: string }
      >,
    ) => {
      const reply = event.data;
      if (reply.type === 'done') resolve(reply.damaged);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the damaged-records check stopped'));
    };
    worker.postMessage({ dbName });
  }).finally(() => worker.terminate());
}

/**
 * Every damaged record in every table. Where the data is in IndexedDB and workers exist, the
 * records are read and checked in a worker: reading every table on the page held it for seconds
 * with 50,000 annotations. The tables are still counted here, so that a live query calling this
 * runs again on any change of them (a count reads keys only).
 */
export async function listDamagedRecords(): Promise<DamagedRecord[]> {
  const db = getDb();
  if (typeof Worker === 'undefined' || db.storageMode !== 'indexeddb') return damagedRepo.list();
  await Promise.all(
    [db.annotations, db.tags, db.memos, db.articles, db.texts].map((table) => table.count()),
  );
  // Wrapped, as Dexie asks of a promise from outside it that a live query awaits.
  return Promise.resolve(scanInWorker(db.name));
}
