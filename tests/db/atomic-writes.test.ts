import { afterEach, describe, expect, vi } from 'vitest';
import { dbTest as test, type DbFixtures } from '../helpers/db-fixtures';
import { QUOTA_MESSAGE, QuotaError } from '../../src/db/errors';
import { revisionOf } from '../../src/db/revision';
import { makeAnnotation, quotaExceeded, range, snapshot } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

async function seedTaggedAnnotations({
  tags,
  annotations,
}: Pick<DbFixtures, 'tags' | 'annotations'>) {
  const actors = await tags.create({ name: 'Actors' });
  const child = await tags.create({ name: 'Russia', parentId: actors.id });
  const first = await annotations.create(makeAnnotation({ tagIds: [actors.id] }));
  const second = await annotations.create(makeAnnotation({ tagIds: [actors.id, child.id] }));
  return { actors, first, second };
}

describe('multi-row writes are all or nothing', () => {
  test('a full disk while deleting a tag leaves the tag and every annotation as they were', async ({
    db,
    failure,
    annotations,
    tags,
  }) => {
    const { actors } = await seedTaggedAnnotations({ tags, annotations });
    const before = await snapshot(db);
    failure.arm(2); // the first annotation is rewritten, then the disk is full

    const removal = tags.remove(actors.id);

    await expect(removal).rejects.toBeInstanceOf(QuotaError);
    await expect(removal).rejects.toThrow(
      "Your browser's storage is full; the last change was not saved.",
    );
    expect(failure.writesSinceArmed).toBeGreaterThanOrEqual(2);
    expect(await snapshot(db)).toEqual(before);
  });

  test('a full disk half-way through re-anchoring writes none of the new ranges', async ({
    db,
    failure,
    annotations,
    tags,
  }) => {
    const { first, second } = await seedTaggedAnnotations({ tags, annotations });
    const before = await snapshot(db);
    failure.arm(1);

    const update = annotations.storeReanchored([
      {
        write: { id: first.id, ranges: [range(30, 40)], status: 'moved', textHash: 'c'.repeat(64) },
        revision: revisionOf(first),
      },
      {
        write: {
          id: second.id,
          ranges: [range(50, 60)],
          status: 'fuzzy',
          textHash: 'c'.repeat(64),
        },
        revision: revisionOf(second),
      },
    ]);

    await expect(update).rejects.toBeInstanceOf(QuotaError);
    expect(await snapshot(db)).toEqual(before);
  });

  test('a full disk while saving an edit reports the quota message and keeps the old version', async ({
    db,
    annotations,
  }) => {
    const annotation = makeAnnotation({ note: 'before' });
    await annotations.create(annotation);
    vi.spyOn(db.annotations, 'put').mockImplementation(
      () => Promise.reject(quotaExceeded()) as never,
    );

    const edit = annotations.update(annotation.id, { note: 'after' });

    await expect(edit).rejects.toMatchObject({ name: 'QuotaError', message: QUOTA_MESSAGE });
    expect(await annotations.get(annotation.id)).toEqual(annotation);
  });

  test('a full disk while creating an annotation stores nothing', async ({
    failure,
    annotations,
  }) => {
    failure.arm(1);
    await expect(annotations.create(makeAnnotation())).rejects.toBeInstanceOf(QuotaError);
    expect(await annotations.listAll()).toEqual([]);
  });

  test('an error thrown mid-transaction rolls back the writes before it', async ({
    db,
    annotations,
    tags,
  }) => {
    const { actors } = await seedTaggedAnnotations({ tags, annotations });
    const before = await snapshot(db);
    // The annotations are already rewritten when promoting sub-tags fails.
    vi.spyOn(db.tags, 'bulkPut').mockImplementation(
      () => Promise.reject(new Error('disk on fire')) as never,
    );

    await expect(tags.remove(actors.id)).rejects.toThrow('disk on fire');
    expect(await snapshot(db)).toEqual(before);
  });
});
