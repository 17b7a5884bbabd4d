import type { IndexSearchResult } from './core';
import type { TextRef } from './texts';

/** An article as the page sends it to be indexed: the worker reads the text unless it is given. */
export interface DocToIndex extends TextRef {
  title: string;
  textHash: string;
  /** Sent only where the worker cannot read it (no database: memory mode). */
  text?: string;
}

/** What the page asks the search worker (worker.ts); every request is answered once. */
export type SearchRequest =
  /** Where the texts are: sent first, so a query's snippets need not wait for the library list. */
  | { kind: 'open'; dbName: string | null }
  | {
      kind: 'reconcile';
      current: (TextRef & { textHash: string })[];
      /** The app's database, which the worker reads texts from; null in memory mode. */
      dbName: string | null;
    }
  | { kind: 'add'; docs: DocToIndex[] }
  | { kind: 'save' }
  | { kind: 'search'; query: string; limit: number };

export interface SearchReplies {
  open: { loaded: number };
  /** `dropped`: how many articles it no longer holds (gone or changed). */
  reconcile: { need: string[]; loaded: number; dropped: number };
  add: { size: number };
  save: { stored: boolean };
  search: IndexSearchResult;
}

export type Envelope = { id: number } & SearchRequest;

export type Reply = { id: number } & (
  { ok: true; value: SearchReplies[SearchRequest['kind']] } | { ok: false; message: string }
);
