/// <reference lib="webworker" />
import { SearchIndexCore, type IndexedDoc } from './core';
import type { DocToIndex, Envelope, Reply, SearchReplies, SearchRequest } from './protocol';
import { loadStoredIndex, storeIndex } from './store';
import type { Article } from '../../domain/corpus/types';
import { GlossDB } from '../gloss-db';
import { readLibrary } from './library';
import { WorkerTexts } from './texts';

/*
 * The search worker: holds the index (core.ts) off the main thread, loads it from storage on
 * start and stores it when the page says a batch of changes is done. It reads the texts itself
 * (texts.ts): to index them, and for a query's snippets and phrases after a cold start (the
 * stored index holds no texts), all of them read in the background once the index is loaded.
 */

const texts = new WorkerTexts();
const core = new SearchIndexCore((ids) => texts.read(ids));
let loaded = 0;
let warming = false;
/** The library as the worker read it itself (when the page did not send it). */
let library = new Map<string, Article>();

async function listLibrary(dbName: string | null): Promise<Article[]> {
  if (dbName === null)
    throw new Error('The search worker has no database to read the library from.');
  const db = new GlossDB(dbName);
  try {
    await db.open();
    return await readLibrary(db);
  } finally {
    db.close();
  }
}
const ready = loadStoredIndex().then((stored) => {
  if (stored && core.load(stored)) loaded = core.size;
});

/** The texts of `docs`, read where the page did not send them. */
async function withTexts(docs: readonly DocToIndex[]): Promise<IndexedDoc[]> {
  const missing = docs.filter((doc) => doc.text === undefined).map((doc) => doc.id);
  const read = missing.length > 0 ? await texts.read(missing) : [];
  const byId = new Map(missing.map((id, k) => [id, read[k]]));
  return docs.map((doc) => {
    const text = doc.text ?? byId.get(doc.id);
    if (text === undefined) throw new Error(`The text of “${doc.title}” could not be read.`);
    return { id: doc.id, title: doc.title, textHash: doc.textHash, text };
  });
}

async function answer(request: SearchRequest): Promise<SearchReplies[SearchRequest['kind']]> {
  await ready;
  switch (request.kind) {
    case 'open':
      return { loaded };
    case 'reconcile': {
      let current = request.current;
      if (current === null) {
        const listed = await listLibrary(request.dbName);
        library = new Map(listed.map((a) => [a.id, a]));
        current = listed.map((a) => ({
          id: a.id,
          textHash: a.textHash,
          origin: a.origin,
          file: a.file,
        }));
      } else library = new Map();
      texts.update(request.dbName, current);
      const held = core.size;
      const need = core.reconcile(current);
      if (!warming && loaded > 0) {
        warming = true;
        // In the background: a query runs between two batches.
        void core.warm().catch(() => {});
      }
      return { need, loaded, dropped: held - core.size, total: current.length };
    }
    case 'add':
      core.add(await withTexts(request.docs));
      return { size: core.size };
    case 'index': {
      const docs = request.ids.flatMap((id) => {
        const a = library.get(id);
        return a
          ? [{ id: a.id, title: a.title, textHash: a.textHash, origin: a.origin, file: a.file }]
          : [];
      });
      core.add(await withTexts(docs));
      return { size: core.size };
    }
    case 'save':
      return { stored: await storeIndex(core.persisted()) };
    case 'search':
      return core.search(request.query, request.limit);
  }
}

// One request at a time, in order: a search never sees half of a batch.
let queue: Promise<unknown> = Promise.resolve();
self.onmessage = (event: MessageEvent<Envelope>) => {
  const { id, ...request } = event.data;
  // At once, not in turn: a query queued before it may be waiting to read texts.
  if (request.kind === 'open') texts.open(request.dbName);
  queue = queue.then(async () => {
    let reply: Reply;
    try {
      reply = { id, ok: true, value: await answer(request) };
    } catch (error) {
      reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    self.postMessage(reply);
  });
};
