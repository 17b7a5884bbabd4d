import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Coder } from '../domain/coders/coder';
import type {
  Annotation,
  ArticleMemo,
  ArticleSet,
  DocumentMeta,
  DocumentText,
  MetadataOverride,
  Tag,
} from '../domain/model';
import { installAnnotationChanges, type AnnotationChanges } from './annotation-changes';
import { declareSchemaVersions } from './dexie-schema';
import { installLibraryGeneration, type LibraryRecord } from './library-snapshot';
import type { MetaRecord } from './types';

/** What the UI needs to hear about the database's life cycle. */
export type DbEvent =
  /** Another tab upgraded or deleted the database; this tab closed it and must be reloaded. */
  | { type: 'versionchange' }
  /** Our upgrade waits for another tab that still has the old version open. */
  | { type: 'blocked' }
  /** IndexedDB cannot be used here (some private modes); nothing will be kept. */
  | { type: 'unavailable'; error: unknown }
  /** Another tab deleted the database; this connection let go of it (after `rescue`, if set). */
  | { type: 'deleted' }
  /**
   * The browser closed the database under us (site data cleared, storage failing); nothing
   * can be written to it any more.
   */
  | { type: 'closed' };

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

/** How long a deletion by another tab may wait for this tab to copy what it holds. */
export const RESCUE_TIMEOUT_MS = 10_000;

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gave up after ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** The app's IndexedDB database. Only src/db uses it; everything else goes through the repos. */
export class GlossDB extends Dexie {
  declare readonly annotations: EntityTable<Annotation, 'id'>;
  declare readonly tags: EntityTable<Tag, 'id'>;
  /** Documents' metadata; their texts are in `texts` (schema version 4). */
  declare readonly articles: EntityTable<DocumentMeta, 'id'>;
  declare readonly texts: EntityTable<DocumentText, 'id'>;
  declare readonly overrides: EntityTable<MetadataOverride, 'articleId'>;
  declare readonly sets: EntityTable<ArticleSet, 'id'>;
  declare readonly meta: EntityTable<MetaRecord, 'key'>;
  declare readonly memos: EntityTable<ArticleMemo, 'articleId'>;
  declare readonly coders: EntityTable<Coder, 'id'>;
  /** The library's snapshot and its generation stamp (schema version 5, library-snapshot.ts). */
  declare readonly library: EntityTable<LibraryRecord, 'key'>;

  storageMode: StorageMode = 'pending';
  /** Every committed write to the annotations table, with its records (annotation-changes). */
  readonly annotationChanges: AnnotationChanges;
  /**
   * Runs when another tab deletes this database, while this connection still holds it (the
   * deletion waits): the app-wide database copies what it holds into memory here. Capped by
   * RESCUE_TIMEOUT_MS so that the other tab is never held up for long.
   */
  rescue: ((database: GlossDB) => Promise<void>) | undefined;
  readonly #listeners = new Set<DbEventListener>();

  /**
   * @param name a unique name per test keeps tests apart
   * @param options `indexedDB` and `IDBKeyRange` choose the backend (the in-memory one, or a test double)
   */
  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareSchemaVersions(this);
    this.annotationChanges = installAnnotationChanges(this);
    installLibraryGeneration(this);
    this.on('versionchange', (event: IDBVersionChangeEvent) => {
      // Close for good (no silent auto-reopen): this tab's code is older than the database
      // now, or the database is going away.
      if (event.newVersion === null) void this.#letGoAfterRescue();
      else {
        this.close();
        this.emit({ type: 'versionchange' });
      }
      // Stops Dexie's default handler, which would close with auto-reopen enabled.
      return false;
    });
    this.on('blocked', () => this.emit({ type: 'blocked' }));
    // Sticky: Dexie calls a plain "ready" subscriber on the first open only; this one is needed
    // on every connection (a test or "Delete all data" reopens the same instance).
    this.on(
      'ready',
      () => {
        // IndexedDB fires "close" on a connection only when the browser closed it (clearing site
        // data, a failing disk). Dexie would reopen on the next query, into a new, empty database
        // where edits of what is on screen fail and new records are stranded: stay closed.
        this.backendDB().addEventListener('close', () => {
          this.close();
          this.emit({ type: 'closed' });
        });
      },
      true,
    );
  }

  async #letGoAfterRescue(): Promise<void> {
    try {
      if (this.rescue) await withTimeout(this.rescue(this), RESCUE_TIMEOUT_MS);
    } catch (error) {
      console.error('Gloss: what this tab held could not be copied before the deletion', error);
    } finally {
      this.close();
      this.emit({ type: 'deleted' });
    }
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
