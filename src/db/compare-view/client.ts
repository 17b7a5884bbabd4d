import type { CompareQuery, CompareQuestion, CompareView } from '../../domain/compare/compare-view';
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
  /** The latest answer to the current question, for a listener that comes after it. */
  private last: Parameters<CompareViewListener>[0] | null = null;

  constructor(
    private readonly worker: Worker,
    readonly dbName: string,
    private listener: CompareViewListener,
  ) {
    worker.onmessage = (event: MessageEvent<CompareReply>) => {
      const reply = event.data;
      if (reply.id !== this.current) return;
      this.last = reply.type === 'view' ? { view: reply.view } : { error: reply.message };
      this.listener(this.last);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.last = { error: event.message || 'The comparison stopped.' };
      this.listener(this.last);
    };
    this.send({ type: 'open', dbName });
  }

  private send(request: CompareRequest): void {
    this.worker.postMessage(request);
  }

  /** Hands the answers on to `listener` from now on, starting with the latest one, if any. */
  listen(listener: CompareViewListener): void {
    this.listener = listener;
    if (this.last) listener(this.last);
  }

  /** Asks for the view of `query`; answers to earlier questions are dropped from now on. */
  ask(query: CompareQuery): void {
    this.current = this.next++;
    this.last = null;
    this.send({ type: 'query', id: this.current, query });
  }

  /**
   * Asks the address's question before the page has read the library (the worker reads the
   * articles itself and answers a first page). The answers stand until `ask` is answered.
   */
  askEarly(question: CompareQuestion): void {
    this.current = this.next++;
    this.last = null;
    this.send({ type: 'question', id: this.current, question });
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
