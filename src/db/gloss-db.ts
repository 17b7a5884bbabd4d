import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Annotation, ArticleMemo, DocumentRecord, Tag } from '../domain/model';
import { installAnnotationChanges, type AnnotationChanges } from './annotation-changes';
import { declareSchemaVersions } from './dexie-schema';
import type { MetaRecord } from './types';

/** What the UI needs to hear about the database's life cycle. */
export type DbEvent =
  /** Another tab upgraded or deleted the database; this tab closed it and must be reloaded. */
  | { type: 'versionchange' }
  /** Our upgrade waits for another tab that still has the old version open. */
  | { type: 'blocked' }
  /** IndexedDB cannot be used here (some private modes); nothing will be kept. */
  | { type: 'unavailable'; error: unknown };

export type DbEventListener = (event: DbEvent) => void;

/**
 * Where data lives: 'pending' until opened; 'indexeddb' in the browser's storage;
 * 'memory' in an in-memory IndexedDB that is lost with the tab (the browser refused
 * IndexedDB); 'unavailable' when neither could be opened.
 */
export type StorageMode = 'pending' | 'indexeddb' | 'memory' | 'unavailable';

export const DEFAULT_DB_NAME = 'gloss';

/** Calls every listener; one failing listener does not silence the others. */
export function notifyAll<T>(listeners: Iterable<(value: T) => void>, value: T): void {
  for (const listener of [...listeners]) {
    try {
      listener(value);
    } catch (error) {
      console.error('Gloss: a database event listener failed', error);
    }
  }
}

/** The app's IndexedDB database. Only src/db uses it; everything else goes through the repos. */
export class GlossDB extends Dexie {
  declare readonly annotations: EntityTable<Annotation, 'id'>;
  declare readonly tags: EntityTable<Tag, 'id'>;
  declare readonly articles: EntityTable<DocumentRecord, 'id'>;
  declare readonly meta: EntityTable<MetaRecord, 'key'>;
  declare readonly memos: EntityTable<ArticleMemo, 'articleId'>;

  storageMode: StorageMode = 'pending';
  /** Every committed write to the annotations table, with its records (annotation-changes). */
  readonly annotationChanges: AnnotationChanges;
  readonly #listeners = new Set<DbEventListener>();

  /**
   * @param name a unique name per test keeps tests apart
   * @param options `indexedDB` and `IDBKeyRange` choose the backend (the in-memory one, or a test double)
   */
  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareSchemaVersions(this);
    this.annotationChanges = installAnnotationChanges(this);
    this.on('versionchange', () => {
      // Close for good (no silent auto-reopen): this tab's code is older than the database now.
      this.close();
      this.emit({ type: 'versionchange' });
      // Stops Dexie's default handler, which would close with auto-reopen enabled.
      return false;
    });
    this.on('blocked', () => this.emit({ type: 'blocked' }));
  }

  /** Subscribes to life-cycle events. @returns a function that unsubscribes */
  onEvent(listener: DbEventListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Tells every listener; one failing listener does not silence the others. */
  emit(event: DbEvent): void {
    notifyAll(this.#listeners, event);
  }
}
