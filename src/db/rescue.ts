import type { GlossDB } from './gloss-db';

/** Every record of every table, by table name: what a tab holds when its database goes away. */
export type TableSnapshot = ReadonlyMap<string, readonly unknown[]>;

/**
 * Reads every table of `database` in one read transaction. Used while another tab deletes the
 * database: the connection stays open (and the deletion waits) until this has read everything.
 */
export async function snapshotOf(database: GlossDB): Promise<TableSnapshot> {
  const tables = database.tables;
  return database.transaction('r', tables, async () => {
    const rows = await Promise.all(tables.map((table) => table.toArray()));
    return new Map(tables.map((table, i) => [table.name, rows[i] ?? []]));
  });
}

/** Writes a snapshot into `database`, all or nothing. Records with the same key are replaced. */
export async function restoreSnapshot(database: GlossDB, snapshot: TableSnapshot): Promise<void> {
  const tables = database.tables.filter((table) => snapshot.has(table.name));
  await database.transaction('rw', tables, async () => {
    for (const table of tables) {
      const rows = snapshot.get(table.name) ?? [];
      if (rows.length > 0) await table.bulkPut(rows as never[]);
    }
  });
}
