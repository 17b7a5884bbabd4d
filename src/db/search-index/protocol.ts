import type { IndexedDoc, IndexSearchResult } from './core';

/** What the page asks the search worker (worker.ts); every request is answered once. */
export type SearchRequest =
  | { kind: 'reconcile'; current: { id: string; textHash: string }[] }
  | { kind: 'add'; docs: IndexedDoc[] }
  | { kind: 'save' }
  | { kind: 'search'; query: string; limit: number };

export interface SearchReplies {
  reconcile: { need: string[]; loaded: number };
  add: { size: number };
  save: { stored: boolean };
  search: IndexSearchResult;
}

export type Envelope = { id: number } & SearchRequest;

export type Reply = { id: number } & (
  { ok: true; value: SearchReplies[SearchRequest['kind']] } | { ok: false; message: string }
);
