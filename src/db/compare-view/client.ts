import type { CompareQuery, CompareView } from '../../domain/compare/compare-view';
import type { AnnotationChange } from '../annotation-changes';
import type { CompareReply, CompareRequest } from './protocol';

/** Hears each view the worker sends for the latest question, or why it failed. */
export type CompareViewListener = (result: { view: CompareView } | { error: string }) => void;

/**
 * The page's side of the Compare worker: sends the database's name, the questions and the
 * committed changes; hands on the answers to the latest question only.
 */
export class CompareViewClient {
  private next = 1;
  private current = 0;

  constructor(
    private readonly worker: Worker,
    dbName: string,
    listener: CompareViewListener,
  ) {
    worker.onmessage = (event: MessageEvent<CompareReply>) => {
      const reply = event.data;
      if (reply.id !== this.current) return;
      listener(reply.type === 'view' ? { view: reply.view } : { error: reply.message });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      listener({ error: event.message || 'The comparison stopped.' });
    };
    this.send({ type: 'open', dbName });
  }

  private send(request: CompareRequest): void {
    this.worker.postMessage(request);
  }

  /** Asks for the view of `query`; answers to earlier questions are dropped from now on. */
  ask(query: CompareQuery): void {
    this.current = this.next++;
    this.send({ type: 'query', id: this.current, query });
  }

  /** Passes on a committed change of the annotations table. */
  changed(change: AnnotationChange): void {
    this.send({ type: 'changes', change });
  }

  close(): void {
    this.worker.terminate();
  }
}

/** Starts the Compare worker for the database `dbName`. */
export function startCompareWorker(
  dbName: string,
  listener: CompareViewListener,
): CompareViewClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'gloss-compare',
  });
  return new CompareViewClient(worker, dbName, listener);
}
