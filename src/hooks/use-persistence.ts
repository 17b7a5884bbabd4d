import { useCallback, useEffect, useState } from 'react';
import { getPersistence, requestPersistence, type PersistenceState } from '../db';
import { errorMessage } from '../domain/error-message';

export type { PersistenceState };

/** Whether the browser keeps our data under storage pressure, as far as we can tell. */
export type PersistenceView = 'persistent' | 'not-persistent' | 'not-asked';

export interface StorageUse {
  usage: number;
  quota: number;
}

export type PersistenceInfo =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; persistence: PersistenceView; use: StorageUse | null };

/** The parts of StorageManager we read; each may be missing (old browsers, insecure contexts). */
interface StorageProbe {
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<StorageEstimate>;
}

function browserStorage(): StorageProbe | undefined {
  return typeof navigator === 'undefined'
    ? undefined
    : (navigator.storage as StorageManager | undefined);
}

/** The browser's own answer: true/false, or null when it cannot say. */
async function persistedNow(storage: StorageProbe | undefined): Promise<boolean | null> {
  if (typeof storage?.persisted !== 'function') return null;
  try {
    return await storage.persisted();
  } catch {
    return null;
  }
}

async function estimateUse(storage: StorageProbe | undefined): Promise<StorageUse | null> {
  if (typeof storage?.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}

async function readInfo(): Promise<PersistenceInfo> {
  const storage = browserStorage();
  const [record, persisted, use] = await Promise.all([
    getPersistence(),
    persistedNow(storage),
    estimateUse(storage),
  ]);
  // The browser's current answer wins over what we recorded (site data settings can change it).
  const persistence: PersistenceView =
    persisted === true || (persisted === null && record?.state === 'granted')
      ? 'persistent'
      : record === null
        ? 'not-asked'
        : 'not-persistent';
  return { status: 'ready', persistence, use };
}

/**
 * What Settings shows about persistent storage and space used, and `ask` for the
 * "Ask for persistent storage" button: it asks the browser again even if it
 * answered before, then re-reads. `answer` is what the browser said to the button.
 */
export function usePersistence() {
  const [info, setInfo] = useState<PersistenceInfo>({ status: 'loading' });
  const [asking, setAsking] = useState(false);
  const [answer, setAnswer] = useState<PersistenceState | null>(null);

  const reload = useCallback(async () => {
    try {
      setInfo(await readInfo());
    } catch (error) {
      setInfo({ status: 'error', message: errorMessage(error) });
    }
  }, []);

  useEffect(() => {
    let live = true;
    readInfo()
      .catch((error: unknown): PersistenceInfo => ({
        status: 'error',
        message: errorMessage(error),
      }))
      .then((next) => {
        if (live) setInfo(next);
      });
    return () => {
      live = false;
    };
  }, []);

  const ask = useCallback(async () => {
    setAsking(true);
    try {
      const record = await requestPersistence(undefined, undefined, { askAgain: true });
      setAnswer(record.state);
      await reload();
    } catch (error) {
      setInfo({ status: 'error', message: errorMessage(error) });
    } finally {
      setAsking(false);
    }
  }, [reload]);

  return { info, asking, answer, ask };
}
