import type { DBCore, DBCoreMutateRequest, Dexie } from 'dexie';
import { GlossDB } from '../../src/db/db';
import type { Annotation, TextRange } from '../../src/domain/model';

/** A database of its own for one test; delete it afterwards with `db.delete()`. */
export function makeTestDb(): GlossDB {
  return new GlossDB(`gloss-test-${crypto.randomUUID()}`);
}

export const TEXT_HASH = 'a'.repeat(64);

export function range(start: number, end: number, exact = 'x'.repeat(end - start)): TextRange {
  return { start, end, exact, prefix: '', suffix: '' };
}

/** A valid annotation; override what the test is about. */
export function makeAnnotation(overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: crypto.randomUUID(),
    articleId: '001_lavrov-kerry',
    textHash: TEXT_HASH,
    ranges: [range(10, 20, 'Lavrov met')],
    tagIds: [],
    note: '',
    color: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    status: 'exact',
    coderId: 'local',
    ...overrides,
  };
}

/**
 * Everything in every table, for "nothing changed" assertions. The `library` table is left out:
 * it holds bookkeeping derived from the documents (a snapshot and its generation stamp, which
 * any write attempt replaces), not user data.
 */
export async function snapshot(db: GlossDB): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    db.tables
      .filter((table) => table.name !== 'library')
      .map(async (table) => [table.name, await table.toArray()] as const),
  );
  return Object.fromEntries(entries);
}

/**
 * Installs a DBCore middleware that fails the n-th write (counting from when
 * `arm` is called) the way a full disk does. Must be installed before the
 * database is first used.
 */
export function installWriteFailure(db: Dexie, error: () => Error = quotaExceeded) {
  let armedAt: number | null = null;
  let failOn = 1;
  let writes = 0;
  db.use({
    stack: 'dbcore',
    name: 'test-write-failure',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            writes += 1;
            if (armedAt !== null && writes - armedAt === failOn) return Promise.reject(error());
            return table.mutate(request);
          },
        };
      },
    }),
  });
  return {
    /** Fail the n-th write from now on (1 = the next one). */
    arm(nth = 1) {
      armedAt = writes;
      failOn = nth;
    },
    get writesSinceArmed() {
      return armedAt === null ? 0 : writes - armedAt;
    },
  };
}

export function quotaExceeded(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}
