/*
 * Every stored annotation carries a revision: a counter that every write raises by one, checked
 * inside the write transaction. Two tabs (or an undo and a later edit) can then tell whether
 * the record is still the one they based a write on. The field is not indexed, so it needs no
 * schema version; a record written before revisions existed reads as revision 0.
 */

/** A stored record with its revision (absent on records older than revisions). */
export type WithRevision<T> = T & { revision?: number };

// Records the repos hand out are plain model objects (the strict schemas and backups never see a
// revision); the revision they were read or written at is remembered beside them.
const seenAt = new WeakMap<object, number>();

/** A model record (without its revision) that remembers the revision it was stored at. */
export function asModel<T extends object>(stored: T): T {
  const bare = withoutRevision(stored);
  seenAt.set(bare, revisionOf(stored));
  return bare;
}

/** The record's revision; 0 for one written before revisions existed. */
export function revisionOf(record: object | undefined | null): number {
  if (!record) return 0;
  const remembered = seenAt.get(record);
  if (remembered !== undefined) return remembered;
  const value = (record as { revision?: unknown }).revision;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

/** The record without its revision, as the model and the strict schemas know it. */
export function withoutRevision<T extends object>(record: T): T {
  if (!('revision' in record)) return record;
  const copy = { ...record } as Record<string, unknown>;
  delete copy.revision;
  return copy as T;
}

/** The record as stored: with the revision after `previous`. */
export function nextRevision<T extends object>(record: T, previous: object | undefined | null) {
  return { ...withoutRevision(record), revision: revisionOf(previous) + 1 };
}
