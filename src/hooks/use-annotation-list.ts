import { useEffect, useMemo, useState } from 'react';
import { annotationsRepo, getDb, openDb } from '../db';
import { startAnnotationListWorker, type AnnotationListClient } from '../db/annotation-list/client';
import type { ListState } from '../db/annotation-list/client';
import { listAnnotations, type AnnotationListQuery } from '../domain/annotations/list-view';
import { useAllAnnotations } from './use-annotations';

type Where = 'pending' | 'worker' | 'here';

/** From this many annotations (counted when the page opens), the list is made in a worker. */
export const WORKER_FROM = 1_000;

/** A worker where the browser has one and the data is in IndexedDB (a worker cannot see memory). */
const initialWhere = (): Where => (typeof Worker === 'undefined' ? 'here' : 'pending');

/** The list /annotations shows, as far as it is known. */
export interface AnnotationList extends ListState {
  /** Asks for the rows around `index` (a row not here yet shows as loading until they come). */
  need: (index: number) => void;
}

const nothingToAsk = () => undefined;

/**
 * The annotations matching `query`, sorted (docs/architecture.md "Views at scale"): with many
 * annotations, in a worker that reads them itself and sends pages, a first page at once; with
 * few, or where there is no worker (memory storage), filtered here from every annotation, live.
 * @returns the list (undefined until its first page), and an error
 */
export function useAnnotationList(query: AnnotationListQuery | null): {
  list: AnnotationList | undefined;
  error: string | null;
} {
  const [where, setWhere] = useState<Where>(initialWhere);
  const [client, setClient] = useState<AnnotationListClient | null>(null);
  const [answer, setAnswer] = useState<{ state?: ListState; error: string | null }>({
    error: null,
  });

  useEffect(() => {
    if (where !== 'pending') return;
    let live = true;
    openDb()
      .then(async (mode) =>
        // A few annotations are listed here at once; the worker's start would only delay them.
        mode === 'indexeddb' && (await getDb().annotations.count()) >= WORKER_FROM
          ? 'worker'
          : 'here',
      )
      .then(
        (next) => live && setWhere(next),
        () => live && setWhere('here'),
      );
    return () => {
      live = false;
    };
  }, [where]);

  useEffect(() => {
    if (where !== 'worker') return;
    const started = startAnnotationListWorker(getDb().name, (result) =>
      setAnswer(
        'state' in result
          ? { state: result.state, error: null }
          : (a) => ({ ...a, error: result.error }),
      ),
    );
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

  const every = useAllAnnotations(where === 'here');
  const here = useMemo<AnnotationList | undefined>(() => {
    if (where !== 'here' || !every || !query) return undefined;
    const shown = listAnnotations(every, query);
    return {
      total: every.length,
      matching: shown.length,
      rowAt: (index) => shown[index],
      version: 0,
      need: nothingToAsk,
    };
  }, [where, every, query]);
  const inWorker = useMemo<AnnotationList | undefined>(
    () =>
      answer.state && client
        ? { ...answer.state, need: (index: number) => client.need(index) }
        : undefined,
    [answer.state, client],
  );
  return where === 'here' ? { list: here, error: null } : { list: inWorker, error: answer.error };
}
