import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Dexie, Middleware } from 'dexie';
import type { Annotation } from '../domain/model';
import { partitionRecords } from '../domain/validation/sound-records';
import { asModel } from './revision';

/**
 * What one committed transaction changed in the annotations table: the records as stored now
 * and the ids deleted. `reset` means the change cannot be told record by record (a table
 * cleared, a database deleted): whoever keeps a copy reads it again.
 */
export interface AnnotationChange {
  puts: Annotation[];
  deletes: string[];
  reset: boolean;
}

export type AnnotationChangeListener = (change: AnnotationChange) => void;

interface Pending {
  puts: Map<string, unknown>;
  deletes: Set<string>;
  reset: boolean;
}

const TABLE = 'annotations';

/** Stored records as model objects; damaged ones are left out (damaged-repo lists them). */
function models(records: readonly unknown[]): Annotation[] {
  return partitionRecords<Annotation>(TABLE, records).sound.map(asModel);
}

/**
 * Reports every committed write to the annotations table, with the written records, so the reader
 * patches its in-memory list from the write instead of reading the whole article again
 * (docs/architecture.md "State"). A Dexie middleware sees every write, whichever repo or command
 * made it; nothing is reported for a transaction that aborts. Changes made in another tab arrive
 * through a BroadcastChannel as the same records.
 */
export class AnnotationChanges {
  readonly #listeners = new Set<AnnotationChangeListener>();
  readonly #pending = new WeakMap<DBCoreTransaction, Pending>();
  #channel: BroadcastChannel | null = null;

  constructor(private readonly name: string) {}

  /** Subscribes to committed changes. @returns a function that unsubscribes */
  subscribe(listener: AnnotationChangeListener): () => void {
    this.#listeners.add(listener);
    this.#openChannel();
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /**
   * Tells this tab's listeners at once of a write about to be made, so the reader paints a new
   * highlight before IndexedDB commits it (docs/architecture.md "State"). The committed change
   * follows as usual; a writer whose write then fails announces `reset`, and listeners read again.
   * Other tabs hear only committed changes.
   */
  announce(change: AnnotationChange): void {
    this.#emit(change);
  }

  /** Tells listeners the table must be read again (the database was deleted or replaced). */
  reset(): void {
    this.#broadcast({ puts: [], deletes: [], reset: true });
    this.#emit({ puts: [], deletes: [], reset: true });
  }

  /** The middleware that records writes per transaction and reports them on commit. */
  middleware(): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'gloss-annotation-changes',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          if (tableName !== TABLE) return table;
          return {
            ...table,
            mutate: (request) =>
              table.mutate(request).then((response) => {
                this.#record(request);
                return response;
              }),
          };
        },
      }),
    };
  }

  #record(request: DBCoreMutateRequest): void {
    if (this.#listeners.size === 0 && this.#channel === null) return;
    const pending = this.#pendingOf(request.trans);
    if (!pending) return;
    switch (request.type) {
      case 'add':
      case 'put':
        if (request.values.length === 0 && request.type === 'put' && request.updates) {
          pending.reset = true;
          break;
        }
        for (const value of request.values) {
          const id = (value as { id?: unknown }).id;
          if (typeof id !== 'string') {
            pending.reset = true;
            continue;
          }
          pending.deletes.delete(id);
          pending.puts.set(id, value);
        }
        break;
      case 'delete':
        for (const key of request.keys) {
          pending.puts.delete(String(key));
          pending.deletes.add(String(key));
        }
        break;
      case 'deleteRange':
        pending.reset = true;
        break;
    }
  }

  #pendingOf(trans: DBCoreTransaction): Pending | null {
    const existing = this.#pending.get(trans);
    if (existing) return existing;
    // In the IndexedDB adapter a DBCore transaction is the native IDBTransaction.
    const native = trans as unknown as Partial<IDBTransaction>;
    if (typeof native.addEventListener !== 'function') return null;
    const pending: Pending = { puts: new Map(), deletes: new Set(), reset: false };
    this.#pending.set(trans, pending);
    native.addEventListener('complete', () => {
      this.#pending.delete(trans);
      const raw = [...pending.puts.values()];
      const { deletes, reset } = pending;
      // Other tabs get the records as stored, with their revisions.
      this.#broadcast({ puts: raw, deletes: [...deletes], reset });
      this.#emit({ puts: models(raw), deletes: [...deletes], reset });
    });
    native.addEventListener('abort', () => this.#pending.delete(trans));
    return pending;
  }

  #emit(change: AnnotationChange): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch (error) {
        console.error('Gloss: an annotation change listener failed', error);
      }
    }
  }

  #openChannel(): void {
    if (this.#channel !== null || typeof BroadcastChannel === 'undefined') return;
    // Tests run many databases in one process; only a real page talks to other tabs.
    if (import.meta.env.MODE === 'test') return;
    this.#channel = new BroadcastChannel(`gloss-annotation-changes:${this.name}`);
    this.#channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as Partial<AnnotationChange> | null;
      if (!data || typeof data !== 'object') return;
      const puts = models(Array.isArray(data.puts) ? data.puts : []);
      const deletes = Array.isArray(data.deletes) ? data.deletes.map(String) : [];
      this.#emit({ puts, deletes, reset: data.reset === true });
    };
  }

  #broadcast(change: { puts: unknown[]; deletes: string[]; reset: boolean }): void {
    try {
      this.#channel?.postMessage(change);
    } catch {
      // A record that cannot be cloned is told as a reset: the other tab reads again.
      this.#channel?.postMessage({ puts: [], deletes: [], reset: true });
    }
  }
}

/** Installs change reporting on a database. @returns the reporter */
export function installAnnotationChanges(database: Dexie): AnnotationChanges {
  const changes = new AnnotationChanges(database.name);
  database.use(changes.middleware());
  return changes;
}
