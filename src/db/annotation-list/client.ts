import { LIST_PAGE, type AnnotationListQuery } from '../../domain/annotations/list-view';
import type { Annotation } from '../../domain/model';
import type { AnnotationChange } from '../annotation-changes';
import type { ListReply, ListRequest } from './protocol';

/** What the page knows of the latest question's list. */
export interface ListState {
  /** Every annotation's count. */
  total: number;
  /** How many match; null while only the first page is known. */
  matching: number | null;
  /** Rows known so far, by position in the list. */
  rowAt: (index: number) => Annotation | undefined;
  /** Changes whenever the list does: a page asked for before must be asked for again. */
  version: number;
}

/** Hears the list as it comes, or why it failed. */
export type ListListener = (result: { state: ListState } | { error: string }) => void;

/**
 * The page's side of the annotation-list worker: sends the database's name, the questions, the
 * pages asked for and the committed changes; keeps the rows of the latest question's pages.
 */
export class AnnotationListClient {
  private next = 1;
  private current = 0;
  private version = 0;
  private total = 0;
  private matching: number | null = null;
  /** Rows by page start, of the current version. */
  private pages = new Map<number, Annotation[]>();
  /** Rows of the version before, shown until the new ones come (no flash of empty cards). */
  private previous = new Map<number, Annotation[]>();
  private asked = new Set<number>();

  constructor(
    private readonly worker: Worker,
    dbName: string,
    private readonly listener: ListListener,
  ) {
    worker.onmessage = (event: MessageEvent<ListReply>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      listener({ error: event.message || 'The list of annotations stopped.' });
    };
    this.send({ type: 'open', dbName });
  }

  private send(request: ListRequest): void {
    this.worker.postMessage(request);
  }

  private receive(reply: ListReply): void {
    if (reply.id !== this.current) return;
    if (reply.type === 'error') return this.listener({ error: reply.message });
    if (reply.type === 'list') {
      this.previous = this.version === reply.version ? this.previous : this.pages;
      this.pages = new Map([[0, reply.rows]]);
      this.asked = new Set([0]);
      this.version = reply.version;
      this.total = reply.total;
      this.matching = reply.matching;
    } else {
      if (reply.version !== this.version) return;
      this.pages.set(reply.start, reply.rows);
    }
    this.notify();
  }

  private notify(): void {
    const pages = this.pages;
    const previous = this.previous;
    const rowAt = (index: number) => {
      const start = index - (index % LIST_PAGE);
      return (pages.get(start) ?? previous.get(start))?.[index - start];
    };
    this.listener({
      state: { total: this.total, matching: this.matching, rowAt, version: this.version },
    });
  }

  /** Asks for the list of `query`; answers to earlier questions are dropped from now on. */
  ask(query: AnnotationListQuery): void {
    this.current = this.next++;
    this.send({ type: 'query', id: this.current, query });
  }

  /** Asks for the page holding row `index`, unless it is here or on its way. */
  need(index: number): void {
    const start = index - (index % LIST_PAGE);
    if (this.asked.has(start)) return;
    this.asked.add(start);
    this.send({ type: 'page', id: this.current, start });
  }

  /** Passes on a committed change of the annotations table. */
  changed(change: AnnotationChange): void {
    this.send({ type: 'changes', change });
  }

  close(): void {
    this.worker.terminate();
  }
}

/** Starts the annotation-list worker for the database `dbName`. */
export function startAnnotationListWorker(
  dbName: string,
  listener: ListListener,
): AnnotationListClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'gloss-annotation-list',
  });
  return new AnnotationListClient(worker, dbName, listener);
}
