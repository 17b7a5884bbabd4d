import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createArticlesRepo } from '../../src/db/articles-repo';
import { GlossDB } from '../../src/db/db';
import { SCHEMA_VERSIONS, declareSchemaVersions } from '../../src/db/dexie-schema';
import { DocumentRecordSchema } from '../../src/domain/validation';
import { V3_RECORDS, seedV3 } from './fixtures/v3';
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

async function version3Database(): Promise<string> {
  const name = `gloss-test-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  declareSchemaVersions(old, 3);
  await old.open();
  await seedV3(old);
  old.close();
  return name;
}

type Row = Record<string, unknown>;

describe('upgrade to schema version 4 (texts apart, overrides, sets)', () => {
  it('declares version 4 with the texts, overrides and sets tables, keeping versions 1 to 3', () => {
    expect(SCHEMA_VERSIONS.slice(0, 4).map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(SCHEMA_VERSIONS[3]).toMatchObject({
      version: 4,
      stores: { texts: 'id', overrides: 'articleId', sets: 'id, &nameKey, *articleIds' },
    });
    expect(SCHEMA_VERSIONS[3]?.upgrade).toBeTypeOf('function');
  });

  it('moves every text into the texts table; metadata and everything else stay', async () => {
    const db = new GlossDB(await version3Database());
    open.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);

    const after = await snapshot(db);
    const documents = V3_RECORDS.articles as Row[];
    expect(after.articles).toEqual(documents.map(({ text: _text, ...meta }) => meta));
    for (const row of after.articles as Row[]) expect(row).not.toHaveProperty('text');
    expect(after.texts).toEqual(documents.map((d) => ({ id: d.id, text: d.text })));
    expect(after.overrides).toEqual([]);
    expect(after.sets).toEqual([]);
    expect(after.annotations).toEqual(V3_RECORDS.annotations);
    expect(after.memos).toEqual(V3_RECORDS.memos);
    const byId = (a: Row, b: Row) => String(a.id).localeCompare(String(b.id));
    expect([...(after.coders as Row[])].sort(byId)).toEqual([...V3_RECORDS.coders].sort(byId));
    expect(after.meta).toEqual(V3_RECORDS.meta);

    // The repo reads them back whole, and lists them without their texts.
    const repo = createArticlesRepo(db);
    const first = documents[0]!;
    const record = await repo.get(first.id as string);
    expect(record).toEqual(first);
    expect(DocumentRecordSchema.safeParse(record).success).toBe(true);
    expect(await repo.getText(first.id as string)).toBe(first.text);
    const listed = await repo.list();
    expect(listed.map((meta) => meta.id)).toEqual(documents.map((d) => d.id));
    for (const meta of listed) expect(meta).not.toHaveProperty('text');
  });

  it('a failing upgrade leaves the version 3 data as it was', async () => {
    const name = await version3Database();
    const broken = new Dexie(name);
    open.push(broken);
    declareSchemaVersions(broken, 3);
    broken
      .version(4)
      .stores(SCHEMA_VERSIONS[3]!.stores)
      .upgrade(async (tx) => {
        await SCHEMA_VERSIONS[3]!.upgrade!(tx);
        throw new Error('upgrade bug');
      });
    await expect(broken.open()).rejects.toThrow();
    broken.close();

    const old = new Dexie(name);
    open.push(old);
    declareSchemaVersions(old, 3);
    await old.open();
    expect(old.verno).toBe(3);
    expect(await old.table('articles').toArray()).toEqual(V3_RECORDS.articles);
  });
});
