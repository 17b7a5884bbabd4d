import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotationsRepo, type AnnotationsRepo } from '../../src/db/annotations-repo';
import type { GlossDB } from '../../src/db/db';
import { QUOTA_MESSAGE, QuotaError } from '../../src/db/errors';
import { requestPersistence } from '../../src/db/persist';
import { createTagsRepo, type TagsRepo } from '../../src/db/tags-repo';
import {
  installWriteFailure,
  makeAnnotation,
  makeTestDb,
  quotaExceeded,
  range,
  snapshot,
} from './helpers';

let db: GlossDB;
let tags: TagsRepo;
let annotations: AnnotationsRepo;
let failure: ReturnType<typeof installWriteFailure>;

beforeEach(async () => {
  db = makeTestDb();
  failure = installWriteFailure(db);
  await requestPersistence(db, {});
  tags = createTagsRepo(db);
  annotations = createAnnotationsRepo(db);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

async function seedTaggedAnnotations() {
  const actors = await tags.create({ name: 'Actors' });
  const child = await tags.create({ name: 'Russia', parentId: actors.id });
  const first = makeAnnotation({ tagIds: [actors.id] });
  const second = makeAnnotation({ tagIds: [actors.id, child.id] });
  await annotations.create(first);
  await annotations.create(second);
  return { actors, first, second };
}

describe('multi-row writes are all or nothing', () => {
  it('a full disk while deleting a tag leaves the tag and every annotation as they were', async () => {
    const { actors } = await seedTaggedAnnotations();
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

  it('a full disk half-way through re-anchoring writes none of the new ranges', async () => {
    const { first, second } = await seedTaggedAnnotations();
    const before = await snapshot(db);
    failure.arm(1);

    const update = annotations.bulkUpdateRanges([
      { id: first.id, ranges: [range(30, 40)], status: 'moved', textHash: 'c'.repeat(64) },
      { id: second.id, ranges: [range(50, 60)], status: 'fuzzy', textHash: 'c'.repeat(64) },
    ]);

    await expect(update).rejects.toBeInstanceOf(QuotaError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a full disk while saving an edit reports the quota message and keeps the old version', async () => {
    const annotation = makeAnnotation({ note: 'before' });
    await annotations.create(annotation);
    vi.spyOn(db.annotations, 'put').mockImplementation(
      () => Promise.reject(quotaExceeded()) as never,
    );

    const edit = annotations.update(annotation.id, { note: 'after' });

    await expect(edit).rejects.toMatchObject({ name: 'QuotaError', message: QUOTA_MESSAGE });
    expect(await annotations.get(annotation.id)).toEqual(annotation);
  });

  it('a full disk while creating an annotation stores nothing', async () => {
    failure.arm(1);
    await expect(annotations.create(makeAnnotation())).rejects.toBeInstanceOf(QuotaError);
    expect(await annotations.listAll()).toEqual([]);
  });

  it('an error thrown mid-transaction rolls back the writes before it', async () => {
    const { actors } = await seedTaggedAnnotations();
    const before = await snapshot(db);
    // The annotations are already rewritten when promoting sub-tags fails.
    vi.spyOn(db.tags, 'bulkPut').mockImplementation(
      () => Promise.reject(new Error('disk on fire')) as never,
    );

    await expect(tags.remove(actors.id)).rejects.toThrow('disk on fire');
    expect(await snapshot(db)).toEqual(before);
  });
});
