import { describe, expect } from 'vitest';
import { dbTest as test } from '../helpers/db-fixtures';
import { NotFoundError, ValidationError } from '../../src/db/errors';
import { revisionOf } from '../../src/db/revision';
import { createTagsRepo } from '../../src/db/tags-repo';
import { makeAnnotation, range, snapshot } from './helpers';

describe('annotations repo', () => {
  test('stores a new annotation and reads it back', async ({ annotations }) => {
    const annotation = makeAnnotation({ note: 'Compare with the SANA version.' });
    await annotations.create(annotation);
    expect(await annotations.get(annotation.id)).toEqual(annotation);
  });

  test('keeps a note containing markup exactly as typed: it is plain text', async ({
    annotations,
  }) => {
    const note = '<script>alert("x")</script> **bold** & <b>';
    const annotation = makeAnnotation({ note });
    await annotations.create(annotation);
    expect((await annotations.get(annotation.id))?.note).toBe(note);
  });

  test('refuses a range that ends before it starts, naming the field, and writes nothing', async ({
    annotations,
  }) => {
    const bad = makeAnnotation({ ranges: [range(20, 10, 'backwards')] });
    const failure = annotations.create(bad);
    await expect(failure).rejects.toBeInstanceOf(ValidationError);
    await expect(failure).rejects.toThrow(
      'Invalid annotation: ranges[0].end must be greater than start',
    );
    expect(await annotations.listAll()).toEqual([]);
  });

  test('refuses an id that is not a UUID', async ({ annotations }) => {
    await expect(annotations.create(makeAnnotation({ id: 'not-a-uuid' }))).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'id',
    });
  });

  test('refuses a tag that is not in the codebook', async ({ annotations }) => {
    await expect(
      annotations.create(makeAnnotation({ tagIds: [crypto.randomUUID()] })),
    ).rejects.toMatchObject({
      field: 'tagIds',
    });
  });

  test('refuses a second annotation with the same id', async ({ annotations }) => {
    const annotation = makeAnnotation();
    await annotations.create(annotation);
    await expect(annotations.create({ ...annotation, note: 'again' })).rejects.toThrow(
      'Invalid annotation: id is already used by another annotation',
    );
    expect((await annotations.get(annotation.id))?.note).toBe('');
  });

  test('updates a note and tags, setting updatedAt but never id, article or createdAt', async ({
    db,
    annotations,
  }) => {
    const tag = await createTagsRepo(db).create({ name: 'Blame' });
    const annotation = makeAnnotation();
    await annotations.create(annotation);
    const sneaky = {
      note: 'Edited',
      tagIds: [tag.id],
      articleId: 'other',
      createdAt: '2000-01-01T00:00:00.000Z',
    };
    const updated = await annotations.update(annotation.id, sneaky);
    expect(updated).toEqual({
      ...annotation,
      note: 'Edited',
      tagIds: [tag.id],
      updatedAt: '2025-06-01T12:00:00.000Z',
    });
    expect(await annotations.get(annotation.id)).toEqual(updated);
  });

  test('refuses an update that would make the record invalid, leaving it as it was', async ({
    annotations,
  }) => {
    const annotation = makeAnnotation();
    await annotations.create(annotation);
    await expect(
      annotations.update(annotation.id, { note: 'x'.repeat(100_001) }),
    ).rejects.toMatchObject({
      field: 'note',
    });
    expect(await annotations.get(annotation.id)).toEqual(annotation);
  });

  test('reports updating or deleting a missing annotation as not found', async ({
    annotations,
  }) => {
    const id = crypto.randomUUID();
    await expect(annotations.update(id, { note: 'x' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(annotations.remove(id)).rejects.toBeInstanceOf(NotFoundError);
  });

  test('deletes an annotation and can put it back (undo)', async ({ annotations }) => {
    const annotation = makeAnnotation({ note: 'keep me' });
    await annotations.create(annotation);
    const removed = await annotations.remove(annotation.id);
    expect(removed).toEqual(annotation);
    expect(await annotations.get(annotation.id)).toBeUndefined();
    await annotations.restore(removed);
    expect(await annotations.get(annotation.id)).toEqual(annotation);
  });

  test('restores an annotation without tags deleted in the meantime', async ({
    db,
    annotations,
  }) => {
    const tags = createTagsRepo(db);
    const kept = await tags.create({ name: 'Kept' });
    const dropped = await tags.create({ name: 'Dropped' });
    const annotation = makeAnnotation({ tagIds: [kept.id, dropped.id] });
    await annotations.create(annotation);
    const removed = await annotations.remove(annotation.id);
    await tags.remove(dropped.id);
    expect((await annotations.restore(removed)).tagIds).toEqual([kept.id]);
  });

  test("lists an article's annotations in reading order", async ({ annotations }) => {
    const later = makeAnnotation({ ranges: [range(50, 60)] });
    const earlier = makeAnnotation({ ranges: [range(90, 95), range(5, 8)] });
    const middle = makeAnnotation({ ranges: [range(20, 30)] });
    const elsewhere = makeAnnotation({ articleId: 'other', ranges: [range(0, 1)] });
    for (const annotation of [later, earlier, middle, elsewhere])
      await annotations.create(annotation);
    const ids = (await annotations.listByArticle('001_lavrov-kerry')).map(
      (annotation) => annotation.id,
    );
    expect(ids).toEqual([earlier.id, middle.id, later.id]);
  });

  test("reads an article's annotations in slices: the same list, in reading order, damaged ones set aside", async ({
    annotations,
    db,
  }) => {
    const made = Array.from({ length: 23 }, (_, i) =>
      makeAnnotation({ ranges: [range(1000 - i * 10, 1005 - i * 10)] }),
    );
    for (const annotation of made) await annotations.create(annotation);
    await annotations.create(makeAnnotation({ articleId: 'other', ranges: [range(0, 1)] }));
    await db.annotations.put({ ...made[0]!, ranges: 'not a list' } as never);
    const whole = await annotations.listByArticle('001_lavrov-kerry');
    const sliced = await annotations.listByArticleInSlices('001_lavrov-kerry', 5);
    expect(sliced).toEqual(whole);
    expect(sliced.map((a) => a.id)).toEqual(
      made
        .slice(1)
        .reverse()
        .map((a) => a.id),
    );
  });

  test('counts annotations per article, even for an article id like __proto__', async ({
    annotations,
  }) => {
    await annotations.create(makeAnnotation({ articleId: 'a' }));
    await annotations.create(makeAnnotation({ articleId: 'a' }));
    await annotations.create(makeAnnotation({ articleId: '__proto__' }));
    const counts = await annotations.countByArticle();
    expect({ ...counts }).toEqual({ a: 2, ['__proto__']: 1 });
    expect(Object.getPrototypeOf(counts)).toBeNull();
  });

  test('stores re-anchoring results for several annotations at once, leaving updatedAt alone', async ({
    annotations,
  }) => {
    const first = await annotations.create(makeAnnotation());
    const second = await annotations.create(makeAnnotation());
    const textHash = 'b'.repeat(64);
    const written = await annotations.storeReanchored([
      {
        write: { id: first.id, ranges: [range(12, 22, 'Lavrov met')], status: 'moved', textHash },
        revision: revisionOf(first),
      },
      {
        write: { id: second.id, ranges: [range(10, 20, 'Lavrov met')], status: 'orphan', textHash },
        revision: revisionOf(second),
      },
    ]);
    expect(written).toBe(2);
    expect(await annotations.get(first.id)).toEqual({
      ...first,
      ranges: [range(12, 22, 'Lavrov met')],
      status: 'moved',
      textHash,
    });
    expect(await annotations.get(second.id)).toMatchObject({
      status: 'orphan',
      textHash,
      updatedAt: second.updatedAt,
    });
  });

  test('writes no re-anchoring result at all when one of them is invalid', async ({
    db,
    annotations,
  }) => {
    const first = await annotations.create(makeAnnotation());
    const second = await annotations.create(makeAnnotation());
    const before = await snapshot(db);
    const hash = 'b'.repeat(64);
    const failure = annotations.storeReanchored([
      {
        write: { id: first.id, ranges: [range(30, 40)], status: 'moved', textHash: hash },
        revision: revisionOf(first),
      },
      {
        write: { id: second.id, ranges: [range(40, 30, 'bad')], status: 'moved', textHash: hash },
        revision: revisionOf(second),
      },
    ]);
    await expect(failure).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'ranges[0].end',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  test('skips a record deleted or edited since it was read, and stores the rest', async ({
    annotations,
  }) => {
    const kept = await annotations.create(makeAnnotation());
    const edited = await annotations.create(makeAnnotation({ note: 'before' }));
    const readAt = revisionOf(edited);
    const after = await annotations.update(edited.id, { note: 'typed meanwhile' });
    const hash = 'b'.repeat(64);
    const written = await annotations.storeReanchored([
      {
        write: { id: kept.id, ranges: [range(30, 40)], status: 'moved', textHash: hash },
        revision: revisionOf(kept),
      },
      {
        write: { id: edited.id, ranges: [range(30, 40)], status: 'moved', textHash: hash },
        revision: readAt,
      },
      {
        write: {
          id: crypto.randomUUID(),
          ranges: [range(30, 40)],
          status: 'moved',
          textHash: hash,
        },
        revision: 1,
      },
    ]);
    expect(written).toBe(1);
    expect((await annotations.get(kept.id))?.textHash).toBe(hash);
    expect(await annotations.get(edited.id)).toEqual(after);
  });
});
