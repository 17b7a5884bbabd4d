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
      /** The library as the page lists it; null: the worker reads it from `dbName` itself. */
      current: (TextRef & { textHash: string })[] | null;
      /** The app's database, which the worker reads texts from; null in memory mode. */
      dbName: string | null;
    }
  | { kind: 'add'; docs: DocToIndex[] }
  /** Articles of the library the worker read itself, by id. */
  | { kind: 'index'; ids: string[] }
  | { kind: 'save' }
  | { kind: 'search'; query: string; limit: number };

export interface SearchReplies {
  open: { loaded: number };
  /** `dropped`: how many articles it no longer holds (gone or changed). */
  reconcile: { need: string[]; loaded: number; dropped: number; total: number };
  add: { size: number };
  index: { size: number };
  save: { stored: boolean };
  search: IndexSearchResult;
}

export type Envelope = { id: number } & SearchRequest;

export type Reply = { id: number } & (
  { ok: true; value: SearchReplies[SearchRequest['kind']] } | { ok: false; message: string }
);
