/// <reference lib="webworker" />
import { SearchIndexCore } from './core';
import type { Envelope, Reply, SearchReplies, SearchRequest } from './protocol';
import { loadStoredIndex, storeIndex } from './store';

/*
 * The search worker: holds the index (core.ts) off the main thread, loads it from storage on
 * start and stores it when the page says a batch of changes is done.
 */

const core = new SearchIndexCore();
let loaded = 0;
const ready = loadStoredIndex().then((stored) => {
  if (stored && core.load(stored)) loaded = core.size;
});

async function answer(request: SearchRequest): Promise<SearchReplies[SearchRequest['kind']]> {
  await ready;
  switch (request.kind) {
    case 'reconcile':
      return { need: core.reconcile(request.current), loaded };
    case 'add':
      core.add(request.docs);
      return { size: core.size };
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
