import { describe, expect, vi } from 'vitest';
import { dbTest as test } from '../helpers/db-fixtures';
import { createAnnotationsRepo } from '../../src/db/annotations-repo';
import { getPersistence, requestPersistence } from '../../src/db/persist';
import { makeAnnotation } from './helpers';

describe('persistent storage', () => {
  test('is asked for once, after the first annotation, and the answer is kept for Settings', async ({
    db,
  }) => {
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

  test('records a refusal', async ({ db }) => {
    expect(await requestPersistence(db, { persist: () => Promise.resolve(false) })).toMatchObject({
      state: 'denied',
    });
  });

  test('copes with browsers that cannot persist storage', async ({ db }) => {
    expect(await requestPersistence(db, {})).toMatchObject({ state: 'unsupported' });
    expect(await getPersistence(db)).toMatchObject({ state: 'unsupported' });
  });

  test('asks only once even when called twice at the same time', async ({ db }) => {
    const persist = vi.fn(() => Promise.resolve(true));
    const [first, second] = await Promise.all([
      requestPersistence(db, { persist }),
      requestPersistence(db, { persist }),
    ]);
    expect(first).toEqual(second);
    expect(persist).toHaveBeenCalledTimes(1);
  });
});
