import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { annotationsRepo, getDb, openDb } from '../db';
import {
  startCompareWorker,
  type CompareViewClient,
  type CompareViewListener,
} from '../db/compare-view/client';
import { takeEarlyCompare } from '../db/compare-view/early';
import {
  computeCompareView,
  type CompareQuery,
  type CompareView,
} from '../domain/compare/compare-view';

type Where = 'pending' | 'worker' | 'here';

/** A worker where the browser has one and the data is in IndexedDB (a worker cannot see memory). */
const initialWhere = (): Where => (typeof Worker === 'undefined' ? 'here' : 'pending');

/**
 * Compare's view of `query` (docs/architecture.md "Views at scale"): computed in a worker that
 * reads the annotations itself, a first page at once and the whole view after (the worker may
 * have been started for the address before the page, with a first page of its own); where there is
 * no worker (tests, memory storage) computed here from every annotation, live.
 * @returns the latest view (the previous one while a new question is answered), and an error
 */
export function useCompareView(query: CompareQuery | null): {
  view: CompareView | undefined;
  error: string | null;
} {
  const [where, setWhere] = useState<Where>(initialWhere);
  const [client, setClient] = useState<CompareViewClient | null>(null);
  const [answer, setAnswer] = useState<{ view?: CompareView; error: string | null }>({
    error: null,
  });

  useEffect(() => {
    if (where !== 'pending') return;
    let live = true;
    const here = () => {
      // A worker started for the address reads IndexedDB, not the memory the data is in.
      takeEarlyCompare(null);
      if (live) setWhere('here');
    };
    openDb().then((mode) => (mode === 'indexeddb' ? live && setWhere('worker') : here()), here);
    return () => {
      live = false;
    };
  }, [where]);

  useEffect(() => {
    if (where !== 'worker') return;
    const listener: CompareViewListener = (result) =>
      setAnswer(
        'view' in result
          ? { view: result.view, error: null }
          : (a) => ({ ...a, error: result.error }),
      );
    // The worker main.tsx started for the address, with the first page it may have already.
    const early = takeEarlyCompare(getDb().name);
    early?.listen(listener);
    const started = early ?? startCompareWorker(getDb().name, listener);
    const stop = annotationsRepo.subscribeChanges((change) => started.changed(change));
    setClient(started);
    return () => {
      stop();
      started.close();
      setClient(null);
    };
  }, [where]);

  useEffect(() => {
    if (client && query) client.ask(query);
  }, [client, query]);

  const every = useLiveQuery(
    () => (where === 'here' ? annotationsRepo.listAll() : undefined),
    [where],
  );
  const here = useMemo(
    () => (where === 'here' && every && query ? computeCompareView(every, query) : undefined),
    [where, every, query],
  );
  return where === 'here'
    ? { view: here, error: null }
    : { view: answer.view, error: answer.error };
}
