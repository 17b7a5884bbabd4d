import { describe, expect } from 'vitest';
import { dbTest as test } from '../helpers/db-fixtures';
import { NotFoundError } from '../../src/db/errors';
import { CodebookError, TAG_COLORS } from '../../src/domain/codebook';
import { makeAnnotation } from './helpers';

describe('tags repo', () => {
  test('creates tags with successive palette colours and lists them by name', async ({ tags }) => {
    const zeal = await tags.create({ name: 'Zeal' });
    const actors = await tags.create({ name: 'actors' });
    expect([zeal.color, actors.color]).toEqual([TAG_COLORS[0]!.hex, TAG_COLORS[1]!.hex]);
    expect((await tags.list()).map((tag) => tag.name)).toEqual(['actors', 'Zeal']);
  });

  test('refuses a name that differs only in case or spacing', async ({ tags }) => {
    await tags.create({ name: 'Propaganda' });
    const failure = tags.create({ name: '  PROPAGANDA ' });
    await expect(failure).rejects.toBeInstanceOf(CodebookError);
    await expect(failure).rejects.toThrow('A tag named "Propaganda" already exists.');
    expect(await tags.list()).toHaveLength(1);
  });

  test('keeps names unique even when two creations race', async ({ tags }) => {
    const results = await Promise.allSettled([
      tags.create({ name: 'Blame' }),
      tags.create({ name: 'blame' }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await tags.list()).toHaveLength(1);
  });

  test('refuses a hotkey another tag has, naming that tag', async ({ tags }) => {
    await tags.create({ name: 'Blame', hotkey: 'b' });
    const bias = await tags.create({ name: 'Bias' });
    await expect(tags.update(bias.id, { hotkey: 'b' })).rejects.toThrow(
      'Hotkey "b" is already used by the tag "Blame".',
    );
    expect((await tags.get(bias.id))?.hotkey).toBeNull();
  });

  test('renames a tag, re-checking uniqueness against the others', async ({ tags }) => {
    const blame = await tags.create({ name: 'Blame' });
    await tags.create({ name: 'Bias' });
    await expect(tags.update(blame.id, { name: 'bias' })).rejects.toThrow(
      'A tag named "Bias" already exists.',
    );
    expect(await tags.update(blame.id, { name: 'Attribution' })).toMatchObject({
      name: 'Attribution',
      nameKey: 'attribution',
    });
    expect((await tags.getByName('ATTRIBUTION'))?.id).toBe(blame.id);
  });

  test('reports editing or deleting a missing tag as not found', async ({ tags }) => {
    await expect(tags.update(crypto.randomUUID(), { name: 'x' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(tags.remove(crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });

  test('finds a tag by name or creates it', async ({ tags }) => {
    const created = await tags.findOrCreateByName('  Human rights ');
    const found = await tags.findOrCreateByName('human RIGHTS');
    expect(found).toEqual(created);
    expect(await tags.list()).toHaveLength(1);
  });

  test('counts how many annotations carry each tag, including unused tags', async ({
    annotations,
    tags,
  }) => {
    const blame = await tags.create({ name: 'Blame' });
    const bias = await tags.create({ name: 'Bias' });
    const unused = await tags.create({ name: 'Unused' });
    await annotations.create(makeAnnotation({ tagIds: [blame.id, bias.id] }));
    await annotations.create(makeAnnotation({ tagIds: [blame.id] }));
    expect(await tags.usageCounts()).toEqual(
      new Map([
        [blame.id, 2],
        [bias.id, 1],
        [unused.id, 0],
      ]),
    );
  });

  test('deleting a tag takes it off every annotation and promotes its sub-tags', async ({
    annotations,
    tags,
  }) => {
    const actors = await tags.create({ name: 'Actors' });
    const russia = await tags.create({ name: 'Russia', parentId: actors.id });
    const other = await tags.create({ name: 'Other' });
    const both = makeAnnotation({ tagIds: [actors.id, other.id] });
    const onlyOther = makeAnnotation({ tagIds: [other.id] });
    await annotations.create(both);
    await annotations.create(onlyOther);

    const removed = await tags.remove(actors.id);

    expect(removed).toEqual({ tag: actors, annotationIds: [both.id], childIds: [russia.id] });
    expect(await tags.get(actors.id)).toBeUndefined();
    expect(await annotations.get(both.id)).toMatchObject({
      tagIds: [other.id],
      updatedAt: '2025-06-01T12:00:00.000Z',
    });
    expect(await annotations.get(onlyOther.id)).toEqual(onlyOther);
    expect((await tags.get(russia.id))?.parentId).toBeNull();
  });

  test('undoing a tag deletion puts it back on its annotations and sub-tags', async ({
    annotations,
    tags,
  }) => {
    const actors = await tags.create({ name: 'Actors', hotkey: 'a' });
    const russia = await tags.create({ name: 'Russia', parentId: actors.id });
    const annotation = makeAnnotation({ tagIds: [actors.id] });
    await annotations.create(annotation);
    const removed = await tags.remove(actors.id);

    await tags.restoreRemoved(removed);

    expect(await tags.get(actors.id)).toEqual(actors);
    expect((await annotations.get(annotation.id))?.tagIds).toEqual([actors.id]);
    expect((await tags.get(russia.id))?.parentId).toBe(actors.id);
  });

  test('undoing a tag deletion fails cleanly when the name was taken meanwhile', async ({
    tags,
  }) => {
    const actors = await tags.create({ name: 'Actors' });
    const removed = await tags.remove(actors.id);
    await tags.create({ name: 'ACTORS' });
    await expect(tags.restoreRemoved(removed)).rejects.toThrow(
      'A tag named "ACTORS" already exists.',
    );
  });
});
