/** How many records one read transaction of a whole-table scan takes. */
export const CHUNK_RECORDS = 4_000;

/**
 * Reads a whole table in primary-key order, `limit` records per read, each read its own short
 * transaction, so another read of the origin (the page's, or the next page's after a reload)
 * waits for one chunk at most, never for the whole table.
 * @param readAfter reads up to `limit` records whose keys come after `after` (from the first
 *   when null), in key order
 * @param take gets each chunk as it is read
 * @returns how many records were read
 */
export async function readInChunks<T extends { id: string }>(
  readAfter: (after: string | null, limit: number) => Promise<T[]>,
  take: (records: T[]) => void,
  limit: number = CHUNK_RECORDS,
): Promise<number> {
  let after: string | null = null;
  let count = 0;
  for (;;) {
    const records = await readAfter(after, limit);
    count += records.length;
    take(records);
    const last = records[records.length - 1];
    if (records.length < limit || !last) return count;
    after = last.id;
  }
}
