/*
 * Records read back from IndexedDB can be damaged (another program, a bug of an older version,
 * a half-restored profile). These guards check the shape every view relies on, cheaply enough
 * to run on every read; a record that fails is set aside, never handed to a view.
 */

/** A stored record that failed its check on read: kept as it is, for download or deletion. */
export interface DamagedRecord {
  table: 'annotations' | 'tags' | 'memos' | 'articles';
  /** The record's primary key, or a placeholder when even that is unreadable. */
  key: string;
  /** What is wrong, for the list ("ranges is not a list"). */
  problem: string;
  /** The record exactly as stored. */
  raw: unknown;
}

type Check = (record: Record<string, unknown>) => string | null;

const isString = (v: unknown): v is string => typeof v === 'string';
const isOffset = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const nullableString = (v: unknown) => v === null || isString(v);

function fields(spec: Record<string, (v: unknown) => boolean>): Check {
  // Listed once: a read of ten thousand records checks each against the same list.
  const entries = Object.entries(spec);
  return (record) => {
    for (const [field, ok] of entries) {
      if (!ok(record[field])) return `${field} is missing or of the wrong kind`;
    }
    return null;
  };
}

function soundRange(range: unknown): boolean {
  if (!range || typeof range !== 'object') return false;
  const r = range as Record<string, unknown>;
  return (
    isOffset(r.start) &&
    isOffset(r.end) &&
    (r.start as number) < (r.end as number) &&
    isString(r.exact) &&
    isString(r.prefix) &&
    isString(r.suffix)
  );
}

const CHECKS: Record<DamagedRecord['table'], Check> = {
  annotations: fields({
    id: isString,
    articleId: isString,
    textHash: isString,
    ranges: (v) => Array.isArray(v) && v.length > 0 && v.every(soundRange),
    tagIds: (v) => Array.isArray(v) && v.every(isString),
    note: isString,
    color: nullableString,
    createdAt: isString,
    updatedAt: isString,
    status: (v) => v === 'exact' || v === 'moved' || v === 'fuzzy' || v === 'orphan',
  }),
  tags: fields({
    id: isString,
    name: isString,
    nameKey: isString,
    color: isString,
    description: isString,
    hotkey: nullableString,
    parentId: nullableString,
    createdAt: isString,
  }),
  memos: fields({ articleId: isString, text: isString, updatedAt: isString }),
  articles: fields({
    id: isString,
    file: isString,
    title: isString,
    language: isString,
    sha256: isString,
    wordCount: isOffset,
    byteLength: isOffset,
    createdAt: isString,
  }),
};

const KEY_FIELD: Record<DamagedRecord['table'], string> = {
  annotations: 'id',
  tags: 'id',
  memos: 'articleId',
  articles: 'id',
};

/** What is wrong with a stored record of `table`, or null when it is sound. */
export function recordProblem(table: DamagedRecord['table'], record: unknown): string | null {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return 'is not a record';
  return CHECKS[table](record as Record<string, unknown>);
}

/** Splits what a table returned into sound records and damaged ones. Linear. */
export function partitionRecords<T>(
  table: DamagedRecord['table'],
  records: readonly unknown[],
): { sound: T[]; damaged: DamagedRecord[] } {
  const sound: T[] = [];
  const damaged: DamagedRecord[] = [];
  for (const record of records) {
    const problem = recordProblem(table, record);
    if (problem === null) sound.push(record as T);
    else {
      const key = (record as Record<string, unknown> | null)?.[KEY_FIELD[table]];
      damaged.push({ table, key: isString(key) ? key : '(unreadable key)', problem, raw: record });
    }
  }
  return { sound, damaged };
}
