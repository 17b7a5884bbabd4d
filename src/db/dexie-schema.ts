import type { Dexie, Transaction } from 'dexie';
import { upgradeToV2 } from './upgrade-v2';
import { upgradeToV3 } from './upgrade-v3';
import { upgradeToV4 } from './upgrade-v4';
import { upgradeToV5 } from './upgrade-v5';

/** One shipped version of the IndexedDB schema. */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs: primary key first, then indexes. null deletes a table. */
  stores: Readonly<Record<string, string | null>>;
  /** Rewrites existing records when a browser upgrades from the previous version. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Every schema version that ever shipped, oldest first.
 *
 * APPEND-ONLY: never edit or remove an entry once it has shipped; users'
 * browsers hold databases at every one of these versions, and Dexie needs the
 * whole list to upgrade them. To change the schema, append a new version with
 * an `upgrade` function, and add a fixture for the old one in tests/db.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      annotations: 'id, articleId, *tagIds, updatedAt',
      tags: 'id, &nameKey',
      articles: 'id, title, createdAt',
      meta: 'key',
    },
  },
  {
    // Article memos; backfills annotation status and tag nameKey on old records.
    version: 2,
    stores: {
      memos: 'articleId',
    },
    upgrade: upgradeToV2,
  },
  {
    // Coders as layers: a coders table, and every annotation indexed by its coder.
    version: 3,
    stores: {
      annotations: 'id, articleId, *tagIds, updatedAt, coderId',
      coders: 'id',
    },
    upgrade: (tx) => upgradeToV3(tx),
  },
  {
    // A corpus at scale: documents' texts in their own table (the library lists metadata only),
    // metadata overrides for bundled articles, and named sets of articles.
    version: 4,
    stores: {
      texts: 'id',
      overrides: 'articleId',
      sets: 'id, &nameKey, *articleIds',
    },
    upgrade: upgradeToV4,
  },
  {
    // The library's first paint from one record: a snapshot of the documents' metadata and the
    // generation stamp every write to `articles` replaces (library-snapshot.ts).
    version: 5,
    stores: {
      library: 'key',
    },
    upgrade: upgradeToV5,
  },
];

/** The version the app opens. */
export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/**
 * Declares schema versions on a Dexie instance, by default all of them.
 * Tests pass `upTo` to create a database as an older release left it.
 */
export function declareSchemaVersions(db: Dexie, upTo: number = LATEST_SCHEMA_VERSION): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    if (version > upTo) break;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
