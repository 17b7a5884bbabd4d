import { afterEach, describe, expect, it, vi } from 'vitest';
import { createArticlesRepo } from '../../src/db/articles-repo';
import type { GlossDB } from '../../src/db/db';
import { readSnapshot, writeSnapshot } from '../../src/db/library-snapshot';
import { buildUserDocument } from '../../src/domain/corpus';
import type { DocumentRecord } from '../../src/domain/model';
import { makeTestDb } from './helpers';

const databases: GlossDB[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of databases.splice(0)) await db.delete();
});

let created = 0;
function document(text: string): Promise<DocumentRecord> {
  created += 1;
  return buildUserDocument(
    text,
    null,
    new Date(Date.UTC(2025, 0, 1, 0, 0, created)),
    `doc-${String(created).padStart(4, '0')}`,
  );
}

async function libraryOf(count: number) {
  const db = makeTestDb();
  databases.push(db);
  const repo = createArticlesRepo(db);
  const docs = await Promise.all(
    Array.from({ length: count }, (_, i) => document(`Article ${i}\n\nBody ${i}.\n`)),
  );
  await repo.addMany(docs);
  return { db, repo, docs };
}

/** Waits for the snapshot that a read from the records writes once the page is idle. */
async function snapshotWritten(db: GlossDB) {
  await vi.waitFor(async () => expect((await readSnapshot(db)).documents).not.toBeNull());
}

const ids = (list: readonly { id: string }[]) => list.map((d) => d.id);

describe('the library snapshot', () => {
  it('is missing at first: the list comes from the records, and a snapshot is written', async () => {
    const { db, repo, docs } = await libraryOf(3);
    expect((await readSnapshot(db)).documents).toBeNull();
    expect(ids(await repo.list())).toEqual(ids(docs));
    await snapshotWritten(db);
    expect(ids((await readSnapshot(db)).documents ?? [])).toEqual(ids(docs));
  });

  it('is read instead of the records once written (a reload reads one record)', async () => {
    const { db, repo } = await libraryOf(3);
    const first = await repo.list();
    await snapshotWritten(db);
    const reads = vi.spyOn(db.articles, 'toArray');
    const again = await createArticlesRepo(db).list();
    expect(again).toEqual(first);
    expect(reads).not.toHaveBeenCalled();
  });

  it('is not read again while the list held is current: only the stamp is', async () => {
    const { db, repo } = await libraryOf(3);
    await repo.list();
    await snapshotWritten(db);
    const fresh = createArticlesRepo(db);
    const first = await fresh.list();
    const gets = vi.spyOn(db.table('library'), 'bulkGet');
    expect(await fresh.list()).toBe(first);
    expect(gets).not.toHaveBeenCalled();
    // A write replaces the stamp: the next list reads the documents again and sees it.
    await db.articles.update(first[0]!.id, { title: 'Renamed' });
    expect((await fresh.list()).find((d) => d.id === first[0]!.id)?.title).toBe('Renamed');
  });

  it('is never used after a document is added, edited or deleted, by any path', async () => {
    const { db, repo, docs } = await libraryOf(2);
    await repo.list();
    await snapshotWritten(db);

    const added = await document('Added later\n\nText.\n');
    await repo.add(added);
    expect((await readSnapshot(db)).documents).toBeNull();
    expect(ids(await createArticlesRepo(db).list())).toEqual([...ids(docs), added.id]);
    await snapshotWritten(db);

    // A write straight to the table (an import, a restore) replaces the generation too.
    await db.articles.update(added.id, { title: 'Renamed' });
    expect((await readSnapshot(db)).documents).toBeNull();
    const listed = await createArticlesRepo(db).list();
    expect(listed.find((d) => d.id === added.id)?.title).toBe('Renamed');
    await snapshotWritten(db);

    await db.articles.delete(docs[0]!.id);
    expect(ids(await createArticlesRepo(db).list())).toEqual([docs[1]!.id, added.id]);
  });

  it('stays current when a write to the documents fails (the transaction rolls back)', async () => {
    const { db, repo } = await libraryOf(2);
    const first = await repo.list();
    await snapshotWritten(db);
    const before = (await readSnapshot(db)).generation;
    await expect(
      db.transaction('rw', db.articles, async () => {
        await db.articles.update(first[0]!.id, { title: 'Never kept' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const read = await readSnapshot(db);
    expect(read.generation).toBe(before);
    expect(ids(read.documents ?? [])).toEqual(ids(first));
    expect((await createArticlesRepo(db).list())[0]?.title).toBe(first[0]!.title);
  });

  it('falls back to the records when the snapshot does not pass its check', async () => {
    const { db, repo, docs } = await libraryOf(2);
    await repo.list();
    await snapshotWritten(db);
    const stored = await db.library.get('documents');
    if (stored?.key !== 'documents') throw new Error('no snapshot');
    for (const damaged of [
      { ...stored, json: '{not json' },
      { ...stored, count: 5 },
      { ...stored, format: 99 },
      { ...stored, json: JSON.stringify([{ id: 'doc-x', title: 7 }, {}]), count: 2 },
      { ...stored, generation: 'another' },
    ]) {
      await db.library.put(damaged);
      expect((await readSnapshot(db)).documents).toBeNull();
      expect(ids(await createArticlesRepo(db).list())).toEqual(ids(docs));
      // The read from the records wrote a sound snapshot again.
      await snapshotWritten(db);
    }
  });

  it('is not written when the documents changed after they were read', async () => {
    const { db, repo } = await libraryOf(1);
    const first = await repo.list();
    const { generation } = await readSnapshot(db);
    await repo.add(await document('Meanwhile\n\nText.\n'));
    await writeSnapshot(db, first, generation);
    const stored = await db.library.get('documents');
    // Either no snapshot or the one the idle write made from the first read: never current.
    expect(stored?.key === 'documents' ? stored.generation : null).not.toBe(
      (await readSnapshot(db)).generation,
    );
    expect(await createArticlesRepo(db).list()).toHaveLength(2);
  });
});
