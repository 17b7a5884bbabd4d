import { test as base } from 'vitest';
import { createAnnotationsRepo, type AnnotationsRepo } from '../../src/db/annotations-repo';
import { createArticlesRepo, type ArticlesRepo } from '../../src/db/articles-repo';
import type { GlossDB } from '../../src/db/db';
import { createMemosRepo, type MemosRepo } from '../../src/db/memos-repo';
import { requestPersistence } from '../../src/db/persist';
import { createTagsRepo, type TagsRepo } from '../../src/db/tags-repo';
import { createTransferRepo, type TransferRepo } from '../../src/db/transfer-repo';
import { installWriteFailure, makeTestDb } from '../db/helpers';

/** The time the repos of a test read as "now"; a test may move it. */
export interface TestClock {
  now: Date;
}

export type WriteFailure = ReturnType<typeof installWriteFailure>;

export interface DbFixtures {
  /** A database of its own, deleted after the test. */
  db: GlossDB;
  /** Fails a later write of `db` the way a full disk does, once armed. */
  failure: WriteFailure;
  /** Starts at 2025-06-01T12:00:00.000Z. */
  clock: TestClock;
  /** Over `db`, with the one-time persistence request already settled (it writes nothing later). */
  annotations: AnnotationsRepo;
  tags: TagsRepo;
  articles: ArticlesRepo;
  memos: MemosRepo;
  transfer: TransferRepo;
}

const failures = new WeakMap<GlossDB, WriteFailure>();

/**
 * Vitest's `test`, with a fresh database and its repos as fixtures: ask for what the test
 * uses, e.g. `dbTest('…', async ({ tags, annotations }) => …)`.
 */
export const dbTest = base.extend<DbFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Vitest reads the fixtures a fixture needs from this pattern.
  db: async ({}, provide) => {
    const db = makeTestDb();
    // Installed before the database is first used, as a DBCore middleware must be.
    failures.set(db, installWriteFailure(db));
    await provide(db);
    await db.delete();
  },
  failure: async ({ db }, provide) => {
    await provide(failures.get(db)!);
  },
  // eslint-disable-next-line no-empty-pattern -- as above.
  clock: async ({}, provide) => {
    await provide({ now: new Date('2025-06-01T12:00:00.000Z') });
  },
  annotations: async ({ db, clock }, provide) => {
    await requestPersistence(db, {});
    await provide(createAnnotationsRepo(db, { clock: () => clock.now, storage: {} }));
  },
  tags: async ({ db, clock }, provide) => {
    await provide(createTagsRepo(db, { clock: () => clock.now }));
  },
  articles: async ({ db }, provide) => {
    await provide(createArticlesRepo(db));
  },
  memos: async ({ db, clock }, provide) => {
    await provide(createMemosRepo(db, { clock: () => clock.now }));
  },
  transfer: async ({ db }, provide) => {
    await provide(createTransferRepo(db));
  },
});
