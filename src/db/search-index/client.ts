import type { Article } from '../../domain/corpus/types';
import { readArticleText } from '../corpus';
import type { IndexSearchResult } from './core';
import type { DocToIndex, Envelope, Reply, SearchReplies, SearchRequest } from './protocol';

/** Where the index stands, for the search page to say. */
export interface SearchIndexStatus {
  state: 'starting' | 'indexing' | 'ready' | 'failed';
  /** Articles indexed so far, and how many there are. */
  indexed: number;
  total: number;
  message?: string;
}

/** Articles are sent to be indexed in batches this big, so the worker reports progress. */
const BATCH = 500;
/** Where the page reads the texts itself (no database for the worker), smaller batches. */
const TEXT_BATCH = 100;

type Listener = (status: SearchIndexStatus) => void;

/**
 * The page's side of the search worker (docs/architecture.md "Search"): keeps the worker's
 * index in line with the library (only new and changed articles are read and sent) and asks it
 * to search. One per page.
 */
export class SearchIndexClient {
  private readonly worker: Worker;
  private next = 1;
  private readonly pending = new Map<number, (reply: Reply) => void>();
  private status: SearchIndexStatus = { state: 'starting', indexed: 0, total: 0 };
  private readonly listeners = new Set<Listener>();
  private syncing: Promise<void> | null = null;
  private again = false;
  private latest: readonly Article[] | null = null;
  private dbName: string | null = null;

  constructor(worker: Worker) {
    this.worker = worker;
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const resolve = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      resolve?.(event.data);
    };
    worker.onerror = (event) => {
      this.setStatus({ ...this.status, state: 'failed', message: event.message });
      for (const resolve of this.pending.values())
        resolve({ id: 0, ok: false, message: 'The search worker stopped.' });
      this.pending.clear();
    };
  }

  private ask<K extends SearchRequest['kind']>(
    request: Extract<SearchRequest, { kind: K }>,
  ): Promise<SearchReplies[K]> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (reply) =>
        reply.ok ? resolve(reply.value as SearchReplies[K]) : reject(new Error(reply.message)),
      );
      this.worker.postMessage({ id, ...request } satisfies Envelope);
    });
  }

  private setStatus(status: SearchIndexStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }

  getStatus(): SearchIndexStatus {
    return this.status;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Brings the index in line with `articles`: drops what is gone or changed, reads and adds
   * what is new, then stores it. A call while one runs is folded into one more run after it.
   * With `dbName` (the app's IndexedDB) the worker reads the texts itself; without (memory mode)
   * they are read here and sent. `articles` null: the worker lists the library itself too.
   */
  sync(articles: readonly Article[] | null, dbName: string | null = null): Promise<void> {
    this.latest = articles;
    this.dbName = dbName;
    if (this.syncing) {
      this.again = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      do {
        this.again = false;
        await this.syncOnce(this.latest);
      } while (this.again);
    })().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private async syncOnce(articles: readonly Article[] | null): Promise<void> {
    try {
      const { need, dropped, total } = await this.ask({
        kind: 'reconcile',
        current:
          articles?.map((a) => ({
            id: a.id,
            textHash: a.textHash,
            origin: a.origin,
            file: a.file,
          })) ?? null,
        dbName: this.dbName,
      });
      const byId = new Map((articles ?? []).map((a) => [a.id, a]));
      let indexed = total - need.length;
      this.setStatus({ state: need.length > 0 ? 'indexing' : 'ready', indexed, total });
      if (need.length === 0) {
        // Only deletions: stored too, or the next start would show them until compared again.
        if (dropped > 0) await this.ask({ kind: 'save' });
        return;
      }
      const reads = this.dbName !== null;
      const size = reads ? BATCH : TEXT_BATCH;
      for (let from = 0; from < need.length; from += size) {
        if (!articles) {
          // The worker listed the library: it knows the articles by id.
          const ids = need.slice(from, from + size);
          await this.ask({ kind: 'index', ids });
          indexed += ids.length;
          this.setStatus({ state: 'indexing', indexed, total });
          continue;
        }
        const batch = need.slice(from, from + size).flatMap((id) => byId.get(id) ?? []);
        const docs: DocToIndex[] = await Promise.all(
          batch.map(async (a) => {
            const doc = { id: a.id, title: a.title, textHash: a.textHash, origin: a.origin };
            // Bundled texts are fetched by the worker too; imported ones read from the database.
            return reads || a.origin === 'bundled'
              ? { ...doc, file: a.file }
              : { ...doc, file: a.file, text: await readArticleText(a) };
          }),
        );
        await this.ask({ kind: 'add', docs });
        indexed += batch.length;
        this.setStatus({ state: 'indexing', indexed, total });
      }
      await this.ask({ kind: 'save' });
      this.setStatus({ state: 'ready', indexed, total });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.setStatus({ ...this.status, state: 'failed', message });
    }
  }

  /**
   * Says which database the worker reads texts from (null: none), before the library is listed:
   * a stored index then answers its first query at once.
   */
  async open(dbName: string | null): Promise<{ loaded: number }> {
    this.dbName = dbName;
    const opened = await this.ask({ kind: 'open', dbName });
    // How many articles the stored index holds: its answers can be shown before the library is
    // compared with it.
    if (this.status.state === 'starting')
      this.setStatus({ state: 'starting', indexed: opened.loaded, total: opened.loaded });
    return opened;
  }

  /** The articles matching `query`, best first, with snippets for the first `limit`. */
  search(query: string, limit: number): Promise<IndexSearchResult> {
    return this.ask({ kind: 'search', query, limit });
  }
}

let client: SearchIndexClient | null | undefined;

/**
 * The page's search index, started on first use; null where Web Workers are not available
 * (the caller then searches on the main thread).
 */
export function searchIndex(): SearchIndexClient | null {
  if (client !== undefined) return client;
  client =
    typeof Worker === 'undefined'
      ? null
      : new SearchIndexClient(
          new Worker(new URL('./worker.ts', import.meta.url), {
            type: 'module',
            name: 'gloss-search',
          }),
        );
  return client;
}
