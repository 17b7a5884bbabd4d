import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotationsRepo } from '../../src/db/annotations-repo';
import { createCodersRepo } from '../../src/db/coders-repo';
import { createTransferRepo } from '../../src/db/transfer-repo';
import type { Coder } from '../../src/domain/coders';
import { makeAnnotation, makeTestDb, snapshot } from './helpers';

const dbs: ReturnType<typeof makeTestDb>[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function setup() {
  const db = makeTestDb();
  dbs.push(db);
  return { db, coders: createCodersRepo(db), annotations: createAnnotationsRepo(db) };
}

const alice: Coder = {
  id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  name: 'Alice',
  origin: 'imported',
  createdAt: '2025-05-01T00:00:00.000Z',
};

describe('coders repo', () => {
  it('always lists the local coder, "Coder 1" until renamed', async () => {
    const { coders } = setup();
    expect((await coders.list()).map((c) => [c.id, c.name])).toEqual([['local', 'Coder 1']]);
    await coders.rename('local', '  Dana   K. ');
    expect((await coders.list())[0]?.name).toBe('Dana K.');
  });

  it('refuses an empty name and a name another coder has, saying so', async () => {
    const { coders } = setup();
    await expect(coders.rename('local', '   ')).rejects.toThrow('must not be empty');
    await coders.writeLayer({ coder: alice, newTags: [], annotations: [] });
    await expect(coders.rename('local', 'alice')).rejects.toThrow('already used');
  });

  it('writes a layer, replaces it on a second import and leaves other layers alone', async () => {
    const { coders, annotations, db } = setup();
    const mine = await annotations.create(makeAnnotation());
    const first = makeAnnotation({ coderId: alice.id });
    await coders.writeLayer({ coder: alice, newTags: [], annotations: [first] });
    expect((await coders.layer(alice.id)).map((a) => a.id)).toEqual([first.id]);

    const second = [makeAnnotation({ coderId: alice.id }), makeAnnotation({ coderId: alice.id })];
    await coders.writeLayer({ coder: alice, newTags: [], annotations: second });
    expect((await coders.layer(alice.id)).map((a) => a.id).sort()).toEqual(
      second.map((a) => a.id).sort(),
    );
    expect(await coders.layer('local')).toEqual([mine]);

    await coders.remove(alice.id);
    expect(await coders.layer(alice.id)).toEqual([]);
    expect((await snapshot(db)).coders).toEqual([]);
    await expect(coders.remove('local')).rejects.toThrow('cannot be removed');
  });

  it('writes nothing when one annotation is invalid or belongs to another coder', async () => {
    const { coders, db } = setup();
    const before = await snapshot(db);
    await expect(
      coders.writeLayer({
        coder: alice,
        newTags: [],
        annotations: [makeAnnotation({ coderId: alice.id }), makeAnnotation({ coderId: 'local' })],
      }),
    ).rejects.toThrow('coderId');
    await expect(
      coders.writeLayer({
        coder: alice,
        newTags: [],
        annotations: [makeAnnotation({ coderId: alice.id, note: 1 as never })],
      }),
    ).rejects.toThrow('annotation 0');
    expect(await snapshot(db)).toEqual(before);
  });

  it('creates the consensus coder once', async () => {
    const { coders } = setup();
    const a = await coders.ensureConsensus();
    const b = await coders.ensureConsensus();
    expect(a).toEqual(b);
    expect((await coders.list()).map((c) => c.name)).toEqual(['Coder 1', 'Consensus']);
  });

  it('an import whose annotations name an unknown coder creates that coder from the file', async () => {
    const { db } = setup();
    const transfer = createTransferRepo(db);
    const annotation = makeAnnotation({ coderId: alice.id });
    await transfer.applyImport(
      {
        add: {
          tags: [],
          documents: [],
          annotations: [annotation],
          memos: [],
          overrides: [],
          sets: [],
        },
        change: { tags: [], documents: [], annotations: [], memos: [], overrides: [], sets: [] },
        remove: { tags: [], documents: [], annotations: [], memos: [], overrides: [], sets: [] },
      } as never,
      [alice],
    );
    const snap = await transfer.snapshot();
    expect(snap.coders.map((c) => c.name)).toEqual(['Coder 1', 'Alice']);
  });
});

describe('coders repo: colours', () => {
  it('stores a coder colour and refuses one that is not #rrggbb', async () => {
    const { coders } = setup();
    await coders.writeLayer({ coder: alice, newTags: [], annotations: [] });
    await coders.setColor(alice.id, '#FDA4AF');
    await coders.setColor('local', '#6ee7b7');
    const listed = await coders.list();
    expect(listed.find((c) => c.id === alice.id)?.color).toBe('#fda4af');
    expect(listed.find((c) => c.id === 'local')).toMatchObject({
      name: 'Coder 1',
      color: '#6ee7b7',
    });
    await expect(coders.setColor(alice.id, 'red')).rejects.toThrow('#rrggbb');
    expect((await coders.list()).find((c) => c.id === alice.id)?.color).toBe('#fda4af');
  });
});
