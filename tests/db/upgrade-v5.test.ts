import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createArticlesRepo } from '../../src/db/articles-repo';
import { GlossDB } from '../../src/db/db';
import { SCHEMA_VERSIONS, declareSchemaVersions } from '../../src/db/dexie-schema';
import { readSnapshot } from '../../src/db/library-snapshot';
import { V4_RECORDS, seedV4 } from './fixtures/v4';
import { snapshot } from './helpers';

const names: string[] = [];
const open: Dexie[] = [];

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return () => vi.restoreAllMocks();
});

afterEach(async () => {
  for (const database of open.splice(0)) database.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function version4Database(): Promise<string> {
  const name = `gloss-test-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  declareSchemaVersions(old, 4);
  await old.open();
  await seedV4(old);
  old.close();
  return name;
}

describe('upgrade to schema version 5 (the library snapshot)', () => {
  it('declares version 5 with the library table, keeping versions 1 to 4', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3, 4, 5]);
    expect(SCHEMA_VERSIONS[4]).toMatchObject({ version: 5, stores: { library: 'key' } });
    expect(SCHEMA_VERSIONS[4]?.upgrade).toBeTypeOf('function');
  });

  it('keeps every record of version 4 and starts with a generation but no snapshot', async () => {
    const db = new GlossDB(await version4Database());
    open.push(db);
    await db.open();
    expect(db.verno).toBe(5);
    const tables = await snapshot(db);
    const sorted = (rows: readonly unknown[] = []) => rows.map((r) => JSON.stringify(r)).sort();
    for (const [table, records] of Object.entries(V4_RECORDS))
      expect(sorted(tables[table]), table).toEqual(sorted(records));
    expect(await db.library.toArray()).toEqual([{ key: 'generation', value: expect.any(String) }]);
    const read = await readSnapshot(db);
    expect(read.documents).toBeNull();
    expect(read.generation).toEqual(expect.any(String));
  });

  it('lists the documents from their records on the first read, then from the snapshot', async () => {
    const db = new GlossDB(await version4Database());
    open.push(db);
    await db.open();
    const repo = createArticlesRepo(db);
    const first = await repo.list();
    expect(first.map((d) => d.id)).toEqual(V4_RECORDS.articles.map((d) => d.id));
    await vi.waitFor(async () => expect((await readSnapshot(db)).documents).not.toBeNull());
    expect((await readSnapshot(db)).documents).toEqual(first);
    // A second repo (a reload) reads the snapshot: the same list.
    expect(await createArticlesRepo(db).list()).toEqual(first);
  });
});
