/**
 * The damaged-records worker: reads every table of the app's database and answers the records
 * that fail their check on read (damagedRepo.list), so that the scan of tens of thousands of
 * records never holds the page. Started by damaged-scan.ts; it writes nothing.
 */
import { createDamagedRepo } from '../db/damaged-repo';
import { GlossDB } from '../db/gloss-db';
import { errorMessage } from '../domain/error-message';
import type { DamagedRecord } from '../domain/validation/sound-records';

type Reply = { type: 'done'; damaged: DamagedRecord[] } | { type: 'error'; message: string };
const post = (reply: Reply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<{ dbName: string }>) => {
  const db = new GlossDB(event.data.dbName);
  try {
    await db.open();
    post({ type: 'done', damaged: await createDamagedRepo(db).list() });
  } catch (error) {
    post({ type: 'error', message: errorMessage(error) });
  } finally {
    db.close();
  }
};
