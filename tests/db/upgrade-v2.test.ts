import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotationsRepo } from '../../src/db/annotations-repo';
import { GlossDB, openDb } from '../../src/db/db';
import { createMemosRepo } from '../../src/db/memos-repo';
import {
  LATEST_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  declareSchemaVersions,
} from '../../src/db/dexie-schema';
import { createTagsRepo } from '../../src/db/tags-repo';
import { UNNAMED_TAG, backfillTagNameKeys } from '../../src/db/upgrade-v2';
import { AnnotationSchema, TagSchema } from '../../src/domain/validation';
import { V1_RECORDS, seedV1 } from './fixtures/v1';
import { snapshot } from './helpers';

const [annotation] = V1_RECORDS.annotations;
const [tag] = V1_RECORDS.tags;
if (!annotation || !tag) throw new Error('the v1 fixture lost its records');

/** Old records as a version-1 release could have left them: status and nameKey missing. */
function withoutField<T extends object>(record: T, field: keyof T): Partial<T> {
  const copy: Partial<T> = { ...record };
  delete copy[field];
  return copy;
}

const noStatus = {
  ...withoutField(annotation, 'status'),
  id: '2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b',
};
const oddStatus = { ...annotation, id: '4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d', status: 'lost' };
const keyless = {
  ...withoutField(tag, 'nameKey'),
  id: '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
  name: '  Framing  Effect ',
};
// Names that only differ in case: never checked against the unique index, since neither had a key.
const twinA = {
  ...withoutField(tag, 'nameKey'),
  id: '8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f',
  name: 'Victims',
  hotkey: null,
};
const twinB = {
  ...withoutField(tag, 'nameKey'),
  id: '9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a',
  name: 'victims',
  hotkey: null,
};
// Would collide with the fixture's "Blame" tag, which has a key.
const blameAgain = {
  ...withoutField(tag, 'nameKey'),
  id: 'a0e1f2a3-b4c5-4d6e-9f7a-8b9c0d1e2f3a',
  name: 'BLAME',
  hotkey: null,
};
const nameless = {
  ...withoutField(tag, 'nameKey'),
  id: 'b1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
  name: undefined,
  hotkey: null,
};

const names: string[] = [];
const open: Dexie[] = [];

afterEach(async () => {
  for (const database of open.splice(0)) database.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

beforeEach(() => {
  // Dexie reports a failed upgrade on the console too; the tests check what happens instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return () => vi.restoreAllMocks();
});

function track<T extends Dexie>(database: T): T {
  open.push(database);
  return database;
}

/** A database as version 1 left it: the fixture plus records lacking what version 2 backfills. */
async function version1Database(): Promise<string> {
  const name = `gloss-test-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  declareSchemaVersions(old, 1);
  await old.open();
  await seedV1(old);
  await old.table('annotations').bulkAdd([noStatus, oddStatus]);
  await old.table('tags').bulkAdd([keyless, twinA, twinB, blameAgain, nameless]);
  old.close();
  return name;
}

async function openAtVersion1(name: string): Promise<Dexie> {
  const database = track(new Dexie(name));
  declareSchemaVersions(database, 1);
  await database.open();
  return database;
}

describe('upgrade to schema version 2', () => {
  it('backfills status on annotations and nameKey on tags that lack them', async () => {
    const db = track(new GlossDB(await version1Database()));
    await db.open();

    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const annotations = await createAnnotationsRepo(db).listAll();
    for (const record of annotations) expect(AnnotationSchema.parse(record)).toEqual(record);
    const byId = new Map(annotations.map((record) => [record.id, record]));
    // Version 3 then gives every annotation to the local coder.
    expect(byId.get(noStatus.id)).toEqual({
      ...annotation,
      id: noStatus.id,
      status: 'exact',
      coderId: 'local',
    });
    expect(byId.get(oddStatus.id)?.status).toBe('exact');
    // A record that had its status keeps it, and nothing else about it changes.
    expect(byId.get(annotation.id)).toEqual({ ...annotation, coderId: 'local' });

    const tags = await createTagsRepo(db).list();
    for (const record of tags) expect(TagSchema.parse(record)).toEqual(record);
    const tagById = new Map(tags.map((record) => [record.id, record]));
    expect(tagById.get(tag.id)).toEqual(tag);
    expect(tagById.get(keyless.id)).toMatchObject({
      name: '  Framing  Effect ',
      nameKey: 'framing effect',
    });
    expect(tagById.get(twinA.id)).toMatchObject({ name: 'Victims', nameKey: 'victims' });
    expect(tagById.get(twinB.id)).toMatchObject({ name: 'victims (2)', nameKey: 'victims (2)' });
    expect(tagById.get(blameAgain.id)).toMatchObject({ name: 'BLAME (2)', nameKey: 'blame (2)' });
    expect(tagById.get(nameless.id)).toMatchObject({ name: UNNAMED_TAG, nameKey: 'untitled tag' });
    expect(tags).toHaveLength(V1_RECORDS.tags.length + 5);

    expect(await createMemosRepo(db).list()).toEqual([]);
    // Version 4 moves the texts apart (upgrade-v4.test.ts); the metadata stays.
    expect(await db.articles.toArray()).toEqual(
      V1_RECORDS.articles.map(({ text: _text, ...meta }) => meta),
    );
  });

  it('leaves tags that have a key alone, and reports only the ones it changed', () => {
    expect(backfillTagNameKeys([{ id: 'a', name: 'Blame', nameKey: 'blame' }])).toEqual([]);
    expect(
      backfillTagNameKeys([
        { id: 'a', name: 'Blame' },
        { id: 'b', name: 'blame', nameKey: 'blame (2)' },
        { id: 'c', name: 'Blame ' },
      ]),
    ).toEqual([
      { id: 'a', name: 'Blame', nameKey: 'blame' },
      { id: 'c', name: 'Blame (3)', nameKey: 'blame (3)' },
    ]);
  });

  it('a failing upgrade leaves the version 1 data as it was, readable at version 1', async () => {
    const name = await version1Database();
    const before = await snapshot((await openAtVersion1(name)) as GlossDB);
    open.pop()?.close();

    // An upgrade that writes, then fails half-way, as a bug in a later release could.
    const broken = track(new Dexie(name));
    declareSchemaVersions(broken, 1);
    broken
      .version(2)
      .stores(SCHEMA_VERSIONS[1]!.stores)
      .upgrade(async (tx) => {
        await tx.table('annotations').toCollection().modify({ note: 'overwritten' });
        await tx.table('tags').clear();
        throw new Error('upgrade bug');
      });
    await expect(broken.open()).rejects.toThrow('upgrade bug');
    broken.close();

    // IndexedDB aborted the whole versionchange transaction: still version 1, every record intact.
    const reopened = await openAtVersion1(name);
    expect(reopened.verno).toBe(1);
    expect(reopened.tables.map((table) => table.name).sort()).toEqual([
      'annotations',
      'articles',
      'meta',
      'tags',
    ]);
    expect(await snapshot(reopened as GlossDB)).toEqual(before);
    reopened.close();

    // A fixed release then upgrades the same database.
    const fixed = track(new GlossDB(name));
    await fixed.open();
    expect(fixed.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await fixed.annotations.count()).toBe(before.annotations?.length);
  });

  it('the app-wide open reports a failing upgrade instead of opening half-upgraded', async () => {
    const name = await version1Database();
    const broken = track(new GlossDB(name));
    // The same declarations as the app, with the upgrade replaced by one that fails.
    broken.version(2).upgrade(() => {
      throw new Error('upgrade bug');
    });
    await expect(openDb(broken)).rejects.toThrow('upgrade bug');
    const reopened = await openAtVersion1(name);
    expect(await reopened.table('annotations').count()).toBe(V1_RECORDS.annotations.length + 2);
  });
});
