import { Dexie, type DBCore, type DBCoreTransaction, type Middleware } from 'dexie';
import type { DocumentMeta } from '../domain/model';
import { partitionRecords } from '../domain/validation/sound-records';

/*
 * The library's first paint reads one record, not ten thousand (docs/architecture.md "Library
 * snapshot"). The `library` table (schema version 5) holds:
 * - `generation`: a stamp that every write to `articles` replaces, in the writing transaction
 *   itself (the middleware below adds the table to it), so it changes if and only if the
 *   documents did, whichever repo, import or restore wrote them;
 * - `documents`: every sound document's metadata as one JSON string, with the generation it was
 *   read at. It is used only while that generation is current; otherwise the records are read
 *   and a new snapshot is written beside them.
 */

export const LIBRARY_TABLE = 'library';
const ARTICLES_TABLE = 'articles';
const GENERATION = 'generation';
const DOCUMENTS = 'documents';
/** Bumped when the snapshot's shape changes: an older one is read past, then replaced. */
const FORMAT = 1;

interface GenerationRecord {
  key: typeof GENERATION;
  value: string;
}

interface SnapshotRecord {
  key: typeof DOCUMENTS;
  format: number;
  generation: string;
  count: number;
  json: string;
}

/** One row of the library table. */
export type LibraryRecord = GenerationRecord | SnapshotRecord;

function newGeneration(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * A Dexie middleware: a read-write transaction over `articles` also holds the library table,
 * and its first write to `articles` replaces the generation stamp in that same transaction (so
 * an aborted write leaves the stamp as it was). Upgrade transactions are left alone: the table
 * may not exist yet while an older version's upgrade runs.
 */
export function libraryGenerationMiddleware(): Middleware<DBCore> {
  const widened = new WeakSet<DBCoreTransaction>();
  const stamped = new WeakSet<DBCoreTransaction>();
  return {
    stack: 'dbcore',
    name: 'gloss-library-generation',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        const widen =
          mode === 'readwrite' &&
          stores.includes(ARTICLES_TABLE) &&
          !stores.includes(LIBRARY_TABLE) &&
          down.schema.tables.some((table) => table.name === LIBRARY_TABLE);
        const trans = down.transaction(widen ? [...stores, LIBRARY_TABLE] : stores, mode, options);
        if (widen || (mode === 'readwrite' && stores.includes(LIBRARY_TABLE))) widened.add(trans);
        return trans;
      },
      table: (name) => {
        const table = down.table(name);
        if (name !== ARTICLES_TABLE) return table;
        return {
          ...table,
          mutate: async (request) => {
            const { trans } = request;
            if (widened.has(trans) && !stamped.has(trans)) {
              stamped.add(trans);
              await down.table(LIBRARY_TABLE).mutate({
                type: 'put',
                trans,
                values: [{ key: GENERATION, value: newGeneration() } satisfies GenerationRecord],
              });
            }
            return table.mutate(request);
          },
        };
      },
    }),
  };
}

/** Installs the generation stamp on a database. */
export function installLibraryGeneration(database: Dexie): void {
  database.use(libraryGenerationMiddleware());
}

/** The database as this module sees it (a GlossDB; kept loose so tests can pass any Dexie). */
type Database = Dexie;

const libraryOf = (db: Database) => db.table<LibraryRecord, string>(LIBRARY_TABLE);
/** Whether the snapshot can be used here: the table exists, and no caller's transaction (which
 * may not hold it) is open. */
const hasLibrary = (db: Database) =>
  !Dexie.currentTransaction && db.tables.some((table) => table.name === LIBRARY_TABLE);

/** What a snapshot holds, or null when it is not one this version can trust. */
function parseSnapshot(record: SnapshotRecord): DocumentMeta[] | null {
  if (record.format !== FORMAT || typeof record.json !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(record.json);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== record.count) return null;
  // The same check as every read of the records: a snapshot holds only sound ones.
  const { sound, damaged } = partitionRecords<DocumentMeta>('articles', parsed);
  return damaged.length === 0 ? sound : null;
}

/** What a read of the library found: the documents, and the generation they are from. */
export interface SnapshotRead {
  documents: DocumentMeta[] | null;
  generation: string | null;
}

/**
 * Reads the snapshot in one transaction with the current generation. `documents` is null when
 * there is none, it is from another generation (a write since), or it does not pass its check:
 * the caller then reads the records.
 * @param known the generation of a list the caller already holds: when still current, the
 *   snapshot is not parsed again (`documents` is then `cached`)
 */
export async function readSnapshot(
  db: Database,
  known?: { generation: string; documents: DocumentMeta[] },
): Promise<SnapshotRead> {
  if (!hasLibrary(db)) return { documents: null, generation: null };
  if (known) {
    // The list held is current while the stamp is: the snapshot itself (the size of the whole
    // library) is not read again.
    const stamp = await libraryOf(db).get(GENERATION);
    if (stamp?.key === GENERATION && stamp.value === known.generation)
      return { documents: known.documents, generation: known.generation };
  }
  const [stamp, snapshot] = await libraryOf(db).bulkGet([GENERATION, DOCUMENTS]);
  const generation =
    stamp?.key === GENERATION && typeof stamp.value === 'string' ? stamp.value : null;
  if (generation === null || snapshot?.key !== DOCUMENTS || snapshot.generation !== generation)
    return { documents: null, generation };
  if (known?.generation === generation) return { documents: known.documents, generation };
  return { documents: parseSnapshot(snapshot), generation };
}

/**
 * Reads the documents' records and the generation in one read transaction (so they agree).
 * A database without a generation yet gets one first, so the snapshot has something to match.
 */
export async function readRecords(
  db: Database,
): Promise<{ records: unknown[]; generation: string | null }> {
  if (!hasLibrary(db))
    return { records: await db.table(ARTICLES_TABLE).toArray(), generation: null };
  return db.transaction('r', [ARTICLES_TABLE, LIBRARY_TABLE], async () => {
    const [records, stamp] = await Promise.all([
      db.table(ARTICLES_TABLE).toArray(),
      libraryOf(db).get(GENERATION),
    ]);
    return { records, generation: stamp?.key === GENERATION ? stamp.value : null };
  });
}

/**
 * Writes a snapshot of `documents`, read at `generation`, unless a write has replaced the
 * generation since (then the snapshot would be stale; the next read writes a newer one).
 * A database that never had a generation gets one here.
 */
export async function writeSnapshot(
  db: Database,
  documents: readonly DocumentMeta[],
  generation: string | null,
): Promise<void> {
  if (!hasLibrary(db)) return;
  const json = JSON.stringify(documents);
  await Dexie.ignoreTransaction(() =>
    db.transaction('rw', [LIBRARY_TABLE], async () => {
      const stamp = await libraryOf(db).get(GENERATION);
      let current = stamp?.key === GENERATION ? stamp.value : null;
      if (current !== generation) return;
      if (current === null) {
        current = newGeneration();
        await libraryOf(db).put({ key: GENERATION, value: current });
      }
      await libraryOf(db).put({
        key: DOCUMENTS,
        format: FORMAT,
        generation: current,
        count: documents.length,
        json,
      });
    }),
  );
}
