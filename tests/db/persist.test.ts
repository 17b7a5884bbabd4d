import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotationsRepo } from '../../src/db/annotations-repo';
import type { GlossDB } from '../../src/db/db';
import { getPersistence, requestPersistence } from '../../src/db/persist';
import { makeAnnotation, makeTestDb } from './helpers';

let db: GlossDB;

beforeEach(() => {
  db = makeTestDb();
});

afterEach(async () => {
  await db.delete();
});

describe('persistent storage', () => {
  it('is asked for once, after the first annotation, and the answer is kept for Settings', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    const annotations = createAnnotationsRepo(db, { storage: { persist } });
    expect(await getPersistence(db)).toBeNull();

    await annotations.create(makeAnnotation());
    await vi.waitFor(async () =>
      expect(await getPersistence(db)).toMatchObject({ state: 'granted' }),
    );
    await annotations.create(makeAnnotation());
    await createAnnotationsRepo(db, { storage: { persist } }).create(makeAnnotation());

    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('records a refusal', async () => {
    expect(await requestPersistence(db, { persist: () => Promise.resolve(false) })).toMatchObject({
      state: 'denied',
    });
  });

  it('copes with browsers that cannot persist storage', async () => {
    expect(await requestPersistence(db, {})).toMatchObject({ state: 'unsupported' });
    expect(await getPersistence(db)).toMatchObject({ state: 'unsupported' });
  });

  it('asks only once even when called twice at the same time', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    const [first, second] = await Promise.all([
      requestPersistence(db, { persist }),
      requestPersistence(db, { persist }),
    ]);
    expect(first).toEqual(second);
    expect(persist).toHaveBeenCalledTimes(1);
  });
});
