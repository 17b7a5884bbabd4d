// @vitest-environment node
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotationsRepo, type AnnotationsRepo } from '../../src/db/annotations-repo';
import {
  createConditionalAnnotations,
  type ConditionalAnnotations,
} from '../../src/db/conditional-annotations';
import type { GlossDB } from '../../src/db/db';
import { revisionOf } from '../../src/db/revision';
import { createTagsRepo } from '../../src/db/tags-repo';
import { makeAnnotation, makeTestDb } from './helpers';

let db: GlossDB;
let repo: AnnotationsRepo;
let tabA: ConditionalAnnotations;
let tabB: ConditionalAnnotations;

beforeEach(() => {
  db = makeTestDb();
  repo = createAnnotationsRepo(db, { storage: {} as never });
  tabA = createConditionalAnnotations(db);
  tabB = createConditionalAnnotations(db);
});
afterEach(async () => {
  await db.delete();
});

async function stored(id: string) {
  const base = await tabA.getWithRevision(id);
  if (!base) throw new Error('missing');
  return base;
}

describe('a revision per record, checked inside the write transaction', () => {
  it('raises the revision on every write; a record without one reads as 0', async () => {
    const created = await repo.create(makeAnnotation());
    expect(revisionOf(created)).toBe(1);
    await repo.update(created.id, { note: 'a' });
    expect((await stored(created.id)).revision).toBe(2);
    const { revision: _ignored, ...legacy } = { ...makeAnnotation(), revision: 0 };
    await db.annotations.put(legacy);
    expect((await stored(legacy.id)).revision).toBe(0);
    // The model never sees the field: a backup stays strict.
    expect('revision' in (await stored(created.id)).annotation).toBe(false);
  });

  it('applies a write whose base is current', async () => {
    const created = await repo.create(makeAnnotation());
    const base = await stored(created.id);
    const result = await tabA.update(created.id, base, { note: 'mine' });
    expect(result).toMatchObject({ status: 'applied', revision: 2 });
  });

  it('merges a note typed here with tags changed in another tab', async () => {
    const tag = await createTagsRepo(db).create({ name: 'Framing' });
    const created = await repo.create(makeAnnotation());
    const base = await stored(created.id);
    await tabB.update(created.id, base, { tagIds: [tag.id] });
    const result = await tabA.update(created.id, base, { note: 'typed here' });
    expect(result.status).toBe('merged');
    const now = (await stored(created.id)).annotation;
    expect(now.note).toBe('typed here');
    expect(now.tagIds).toEqual([tag.id]);
  });

  it('never overwrites blindly: both tabs typing the note is a conflict, nothing written', async () => {
    const created = await repo.create(makeAnnotation({ note: 'start' }));
    const base = await stored(created.id);
    expect((await tabB.update(created.id, base, { note: 'theirs' })).status).toBe('applied');
    const result = await tabA.update(created.id, base, { note: 'mine' });
    expect(result).toMatchObject({ status: 'conflict', fields: ['note'] });
    if (result.status !== 'conflict') return;
    expect(result.theirs.note).toBe('theirs');
    expect(result.mine.note).toBe('mine');
    expect((await stored(created.id)).annotation.note).toBe('theirs');
    // "Keep mine" writes over it on purpose.
    const kept = await tabA.update(
      created.id,
      { annotation: result.theirs, revision: result.revision },
      { note: 'mine' },
    );
    expect(kept.status).toBe('applied');
    expect((await stored(created.id)).annotation.note).toBe('mine');
  });

  it('says a record deleted elsewhere is missing instead of throwing', async () => {
    const created = await repo.create(makeAnnotation());
    const base = await stored(created.id);
    await repo.remove(created.id);
    expect(await tabA.update(created.id, base, { note: 'x' })).toEqual({ status: 'missing' });
  });

  it('restores (undo) only while the record is still at the expected revision', async () => {
    const created = await repo.create(makeAnnotation({ note: 'before' }));
    const before = (await stored(created.id)).annotation;
    const after = await repo.update(created.id, { note: 'mine' });
    // Another tab edits later.
    await tabB.update(created.id, await stored(created.id), { note: 'later, elsewhere' });
    const undo = await tabA.restoreIf(before, revisionOf(after));
    expect(undo.applied).toBe(false);
    expect((await stored(created.id)).annotation.note).toBe('later, elsewhere');
    // Without the other edit, it applies.
    const again = await tabA.restoreIf(before, 3);
    expect(again).toEqual({ applied: true, revision: 4 });
    expect(await tabA.removeIf(created.id, 1)).toBe(false);
    expect(await tabA.removeIf(created.id, 4)).toBe(true);
    expect(await tabA.restoreIf(before, 'absent')).toMatchObject({ applied: true });
  });

  it('whatever the interleaving of two tabs, no write from a stale base is lost silently', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('A', 'B'), fc.string({ maxLength: 5 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (steps) => {
          const created = await repo.create(makeAnnotation({ note: '' }));
          // Each tab keeps the base it last saw; it refreshes it only after its own write.
          const bases = { A: await stored(created.id), B: await stored(created.id) };
          for (const [tab, note] of steps) {
            const result = await (tab === 'A' ? tabA : tabB).update(created.id, bases[tab], {
              note,
            });
            const now = await stored(created.id);
            if (result.status === 'conflict') {
              // Nothing written: what is stored is what the other tab wrote.
              expect(now.annotation.note).toBe(result.theirs.note);
            } else {
              expect(now.annotation.note).toBe(note);
              bases[tab] = now;
            }
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
