import { describe, expect } from 'vitest';
import { dbTest as test, type DbFixtures } from '../helpers/db-fixtures';
import { NotFoundError, QuotaError, ValidationError } from '../../src/db/errors';
import { CodebookError } from '../../src/domain/codebook';
import { makeAnnotation, snapshot } from './helpers';

/** “War” on 2 annotations (one also has “Conflict”), “Conflict” on 3, “Peace” alongside. */
async function seedCodebook({ tags, annotations }: Pick<DbFixtures, 'tags' | 'annotations'>) {
  const war = await tags.create({ name: 'War', hotkey: 'w', description: 'Armed **conflict**' });
  const conflict = await tags.create({ name: 'Conflict' });
  const peace = await tags.create({ name: 'Peace' });
  const airstrikes = await tags.create({ name: 'Airstrikes', parentId: war.id });
  const both = makeAnnotation({ tagIds: [peace.id, war.id, conflict.id] });
  const warOnly = makeAnnotation({ tagIds: [war.id, peace.id] });
  const conflictOnly = makeAnnotation({ tagIds: [conflict.id] });
  const conflictToo = makeAnnotation({ tagIds: [airstrikes.id, conflict.id] });
  const untouched = makeAnnotation({ tagIds: [peace.id] });
  for (const annotation of [both, warOnly, conflictOnly, conflictToo, untouched])
    await annotations.create(annotation);
  return { war, conflict, peace, airstrikes, both, warOnly, untouched };
}

describe('merging tags', () => {
  test('counts before and after, and leaves one copy of the target on each annotation', async ({
    annotations,
    tags,
  }) => {
    const { war, conflict, peace, both, warOnly } = await seedCodebook({ tags, annotations });
    expect(await tags.mergeCounts(war.id, conflict.id)).toEqual({
      before: { source: 2, target: 3 },
      after: 4,
    });

    const merged = await tags.merge(war.id, conflict.id);

    expect(merged).toMatchObject({
      before: { source: 2, target: 3 },
      after: 4,
      source: { id: war.id, name: 'War' },
      target: { id: conflict.id, name: 'Conflict' },
    });
    expect(merged.annotationIds.sort()).toEqual([both.id, warOnly.id].sort());
    // The target takes the source's place; an annotation that had both keeps one copy.
    expect((await annotations.get(both.id))?.tagIds).toEqual([peace.id, conflict.id]);
    expect((await annotations.get(warOnly.id))?.tagIds).toEqual([conflict.id, peace.id]);
    expect((await annotations.get(both.id))?.updatedAt).toBe('2025-06-01T12:00:00.000Z');
    expect(await tags.get(war.id)).toBeUndefined();
    expect((await tags.usageCounts()).get(conflict.id)).toBe(4);
    for (const annotation of await annotations.listAll()) {
      expect(new Set(annotation.tagIds).size).toBe(annotation.tagIds.length);
      expect(annotation.tagIds).not.toContain(war.id);
    }
  });

  test('moves the source’s sub-tags under a top-level target', async ({ annotations, tags }) => {
    const { war, conflict, airstrikes } = await seedCodebook({ tags, annotations });
    await tags.merge(war.id, conflict.id);
    expect((await tags.get(airstrikes.id))?.parentId).toBe(conflict.id);
  });

  test('moves the source’s sub-tags to the top level when the target is a sub-tag', async ({
    annotations,
    tags,
  }) => {
    const { war, peace, airstrikes } = await seedCodebook({ tags, annotations });
    const truce = await tags.create({ name: 'Truce', parentId: peace.id });
    await tags.merge(war.id, truce.id);
    expect((await tags.get(airstrikes.id))?.parentId).toBeNull();
    expect((await tags.get(truce.id))?.parentId).toBe(peace.id);
  });

  test('lifts a target that was the source’s own sub-tag to the top level', async ({
    annotations,
    tags,
  }) => {
    const { war, airstrikes } = await seedCodebook({ tags, annotations });
    const drones = await tags.create({ name: 'Drones', parentId: war.id });
    await tags.merge(war.id, airstrikes.id);
    expect((await tags.get(airstrikes.id))?.parentId).toBeNull();
    expect((await tags.get(drones.id))?.parentId).toBeNull();
  });

  test('refuses to merge a tag into itself or into a missing tag, changing nothing', async ({
    db,
    annotations,
    tags,
  }) => {
    const { war } = await seedCodebook({ tags, annotations });
    const before = await snapshot(db);
    await expect(tags.merge(war.id, war.id)).rejects.toBeInstanceOf(ValidationError);
    await expect(tags.merge(war.id, crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(tags.merge(crypto.randomUUID(), war.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(db)).toEqual(before);
  });

  test.for<[string, number]>([
    ['re-parenting the sub-tags', 2],
    ['deleting the source', 3],
  ])(
    'is all or nothing: a full disk while %s changes nothing',
    async ([_step, nth], { db, failure, annotations, tags }) => {
      const { war, conflict } = await seedCodebook({ tags, annotations });
      const before = await snapshot(db);
      failure.arm(nth); // the annotations are rewritten first, then the disk is full

      const merge = tags.merge(war.id, conflict.id);

      await expect(merge).rejects.toBeInstanceOf(QuotaError);
      expect(failure.writesSinceArmed).toBeGreaterThanOrEqual(nth);
      expect(await snapshot(db)).toEqual(before);
    },
  );

  test('undo restores the source, its sub-tags’ parent and every annotation exactly', async ({
    db,
    annotations,
    tags,
  }) => {
    const { war, conflict, airstrikes } = await seedCodebook({ tags, annotations });
    const before = await snapshot(db);
    const merged = await tags.merge(war.id, conflict.id);

    const restored = await tags.restoreMerged(merged);

    expect(restored).toEqual(war);
    expect((await tags.get(airstrikes.id))?.parentId).toBe(war.id);
    expect(await snapshot(db)).toEqual(before);
  });

  test('undo of a merge into the source’s sub-tag puts that sub-tag back under it', async ({
    db,
    annotations,
    tags,
  }) => {
    const { war, airstrikes } = await seedCodebook({ tags, annotations });
    const before = await snapshot(db);
    await tags.restoreMerged(await tags.merge(war.id, airstrikes.id));
    expect(await snapshot(db)).toEqual(before);
  });

  test('undo is all or nothing too', async ({ db, failure, annotations, tags }) => {
    const { war, conflict } = await seedCodebook({ tags, annotations });
    const merged = await tags.merge(war.id, conflict.id);
    const afterMerge = await snapshot(db);
    failure.arm(3); // the tag and the sub-tags are back, then the disk is full

    await expect(tags.restoreMerged(merged)).rejects.toBeInstanceOf(QuotaError);
    expect(await snapshot(db)).toEqual(afterMerge);
  });

  test('undo refuses when another tag has taken the source’s name meanwhile', async ({
    db,
    annotations,
    tags,
  }) => {
    const { war, conflict } = await seedCodebook({ tags, annotations });
    const merged = await tags.merge(war.id, conflict.id);
    await tags.create({ name: 'war' });
    const afterwards = await snapshot(db);
    await expect(tags.restoreMerged(merged)).rejects.toBeInstanceOf(CodebookError);
    expect(await snapshot(db)).toEqual(afterwards);
  });
});
