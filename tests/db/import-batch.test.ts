// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GlossDB, openDb } from '../../src/db/db';
import { writeImportInChunks } from '../../src/db/import-batch';
import { IMPORT_JOURNAL_KEY } from '../../src/db/import-journal';
import { createTransferRepo, type TransferRepo } from '../../src/db/transfer-repo';
import { tagNameKey } from '../../src/domain/codebook';
import { planImport } from '../../src/domain/formats/import-plan';
import type { ImportBundle, KnownArticles } from '../../src/domain/formats/types';
import type { Annotation, Tag } from '../../src/domain/model';
import {
  installWriteFailure,
  makeAnnotation,
  makeTestDb,
  range,
  snapshot,
  TEXT_HASH,
} from './helpers';

let db: GlossDB;
let transfer: TransferRepo;
let failure: ReturnType<typeof installWriteFailure>;
const TEXT =
  'x'.repeat(10) + 'Lavrov met Kerry in Geneva and they talked for hours.' + 'y'.repeat(3000);
const articles: KnownArticles = new Map([
  ['001_lavrov-kerry', { text: TEXT, textHash: TEXT_HASH }],
]);

function tag(name: string): Tag {
  return {
    id: crypto.randomUUID(),
    name,
    nameKey: tagNameKey(name),
    color: '#fde68a',
    description: '',
    hotkey: null,
    parentId: null,
    createdAt: '2025-01-01T00:00:00.000Z',
  };
}

function bundle(annotations: Annotation[], tags: Tag[]): ImportBundle {
  return {
    format: 'native',
    exportedAt: null,
    articles: [],
    tags,
    annotations,
    memos: [],
    documents: [],
    skipped: [],
  };
}

/** A database with a tag and 20 annotations, and a file that adds 2,500 and edits 10 of them. */
async function seeded(mode: 'merge' | 'replace' = 'merge') {
  const local = tag('Framing');
  const mine = Array.from({ length: 20 }, (_, i) => makeAnnotation({ note: `mine ${i}` }));
  await db.tags.put(local);
  await db.annotations.bulkPut(mine);
  const newer = mine.slice(0, 10).map((a) => ({
    ...a,
    note: `${a.note}, edited in the file`,
    updatedAt: '2025-02-01T00:00:00.000Z',
  }));
  const added = Array.from({ length: 2500 }, (_, i) =>
    makeAnnotation({ ranges: [range(100 + i, 101 + i, 'y')] }),
  );
  const fileTag = tag('Blame');
  const basis = await transfer.snapshot();
  const plan = planImport(
    bundle([...newer, ...added], [fileTag]),
    { articles, existing: basis },
    mode,
  );
  return { basis, plan, before: await snapshot(db) };
}

beforeEach(() => {
  db = makeTestDb();
  failure = installWriteFailure(db);
  transfer = createTransferRepo(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('an import written in chunks', () => {
  it('writes everything in several transactions, reporting progress, and leaves no journal', async () => {
    const { basis, plan } = await seeded();
    expect(plan.add.annotations).toHaveLength(2500);
    const progress: number[] = [];
    const result = await writeImportInChunks(db, plan, basis, [], {
      chunkSize: 1000,
      onProgress: (f) => progress.push(f),
    });
    expect(result).toEqual({ status: 'applied' });
    expect(await db.annotations.count()).toBe(2520);
    expect((await db.annotations.get(plan.change.annotations[0]!.id))?.note).toMatch(
      /edited in the file/,
    );
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(1);
    expect(await db.meta.get(IMPORT_JOURNAL_KEY)).toBeUndefined();
  });

  it('leaves the data exactly as before when a chunk fails halfway (a full disk)', async () => {
    const { basis, plan, before } = await seeded();
    let chunks = 0;
    const write = writeImportInChunks(db, plan, basis, [], {
      chunkSize: 1000,
      // After the tags and the first 1,000 annotations landed, the next write fails.
      onProgress: () => {
        chunks += 1;
        if (chunks === 2) failure.arm(1);
      },
    });
    await expect(write).rejects.toThrow(/storage|space|quota/i);
    expect(chunks).toBe(2);
    expect(await snapshot(db)).toEqual(before);
  });

  it('puts back what a Replace removed when it fails halfway', async () => {
    const { basis, plan, before } = await seeded('replace');
    expect(plan.remove.annotations.length).toBe(10);
    let chunks = 0;
    const write = writeImportInChunks(db, plan, basis, [], {
      chunkSize: 1000,
      onProgress: () => {
        chunks += 1;
        if (chunks === 4) failure.arm(1);
      },
    });
    await expect(write).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('is undone at the next start when the tab went away between two chunks', async () => {
    const { basis, plan, before } = await seeded();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let chunks = 0;
    const write = writeImportInChunks(db, plan, basis, [], {
      chunkSize: 1000,
      // The tab is closed (reloaded) after the second chunk: nothing more reaches the disk,
      // not even the undo.
      onProgress: () => {
        chunks += 1;
        if (chunks === 2) db.close();
      },
    });
    await expect(write).rejects.toThrow();
    errors.mockRestore();
    const halfway = new GlossDB(db.name);
    await halfway.open();
    expect(await halfway.annotations.count()).toBeGreaterThan(20);
    expect(await halfway.meta.get(IMPORT_JOURNAL_KEY)).toBeDefined();
    halfway.close();
    // The next start: opening the database plays the journal back before anything reads.
    const reloaded = new GlossDB(db.name);
    expect(await openDb(reloaded)).toBe('indexeddb');
    expect(await snapshot(reloaded)).toEqual(before);
    reloaded.close();
  });

  it('writes nothing when the data moved since the preview', async () => {
    const { basis, plan } = await seeded();
    await db.annotations.put({ ...plan.change.annotations[0]!, note: 'typed meanwhile' });
    const now = await snapshot(db);
    const result = await writeImportInChunks(db, plan, basis, [], { chunkSize: 1000 });
    expect(result.status).toBe('stale');
    expect(await snapshot(db)).toEqual(now);
  });
});

describe('an import written in chunks: sets and edited details', () => {
  const localSet = {
    id: 'set-local',
    name: 'Week 1',
    nameKey: 'week 1',
    articleIds: ['001_lavrov-kerry'],
    createdAt: '2025-01-05T00:00:00.000Z',
  };
  const fileSet = { ...localSet, id: 'set-file', name: 'State media', nameKey: 'state media' };
  const details = {
    articleId: '001_lavrov-kerry',
    updatedAt: '2025-02-01T00:00:00.000Z',
    source: 'SANA',
    date: '2016-11-02',
    url: null,
  };

  async function replacing() {
    await db.sets.put(localSet);
    const basis = await transfer.snapshot();
    const plan = planImport(
      { ...bundle([makeAnnotation()], []), sets: [fileSet], overrides: [details] },
      { articles, existing: basis },
      'replace',
    );
    return { basis, plan, before: await snapshot(db) };
  }

  it('writes the file’s sets and details, and Replace removes the local set', async () => {
    const { basis, plan } = await replacing();
    expect(await writeImportInChunks(db, plan, basis)).toEqual({ status: 'applied' });
    expect(await db.sets.toArray()).toEqual([fileSet]);
    expect(await db.overrides.toArray()).toEqual([details]);
  });

  it('puts the local set back and drops the details when the last step fails', async () => {
    const { basis, plan, before } = await replacing();
    let steps = 0;
    let armed = false;
    const write = writeImportInChunks(db, plan, basis, [], {
      onProgress: (fraction) => {
        steps += 1;
        // Once one step is left (the put of the file's set, after the local set was removed),
        // that last write fails.
        if (!armed && 1 - fraction < (fraction / steps) * 1.5) {
          armed = true;
          failure.arm(1);
        }
      },
    });
    await expect(write).rejects.toThrow(/storage|space|quota/i);
    expect(armed).toBe(true);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.meta.get(IMPORT_JOURNAL_KEY)).toBeUndefined();
  });
});
