import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotationsRepo } from '../../src/db/annotations-repo';
import { createCodersRepo } from '../../src/db/coders-repo';
import { GlossDB } from '../../src/db/db';
import { SCHEMA_VERSIONS, declareSchemaVersions } from '../../src/db/dexie-schema';
import { AnnotationSchema, CoderSchema } from '../../src/domain/validation';
import { V2_RECORDS, seedV2 } from './fixtures/v2';
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

async function version2Database(): Promise<string> {
  const name = `gloss-test-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  declareSchemaVersions(old, 2);
  await old.open();
  await seedV2(old);
  old.close();
  return name;
}

describe('upgrade to schema version 3 (coders as layers)', () => {
  it('declares version 3 with the coders table and a coderId index, keeping versions 1 and 2', () => {
    expect(SCHEMA_VERSIONS.slice(0, 3).map((v) => v.version)).toEqual([1, 2, 3]);
    expect(SCHEMA_VERSIONS[2]).toMatchObject({
      version: 3,
      stores: { annotations: 'id, articleId, *tagIds, updatedAt, coderId', coders: 'id' },
    });
    expect(SCHEMA_VERSIONS[2]?.upgrade).toBeTypeOf('function');
  });

  it('gives every existing annotation to the local coder, "Coder 1", and changes nothing else', async () => {
    const db = new GlossDB(await version2Database());
    open.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);

    const coders = await createCodersRepo(db).list();
    expect(coders).toHaveLength(1);
    expect(coders[0]).toMatchObject({ id: 'local', name: 'Coder 1', origin: 'local' });
    expect(CoderSchema.safeParse(coders[0]).success).toBe(true);

    const annotations = await createAnnotationsRepo(db).listAll();
    expect(annotations).toEqual(V2_RECORDS.annotations.map((a) => ({ ...a, coderId: 'local' })));
    for (const a of annotations) expect(AnnotationSchema.safeParse(a).success).toBe(true);
    expect(await createCodersRepo(db).layer('local')).toHaveLength(annotations.length);

    const after = await snapshot(db);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((after.tags as { id: string }[]).sort(byId)).toEqual([...V2_RECORDS.tags].sort(byId));
    // Version 4 then moves the texts apart (upgrade-v4.test.ts); the metadata stays.
    expect(after.articles).toEqual(V2_RECORDS.articles.map(({ text: _text, ...meta }) => meta));
    expect(after.memos).toEqual(V2_RECORDS.memos);
    expect(after.meta).toEqual(V2_RECORDS.meta);
  });

  it('a failing upgrade leaves the version 2 data as it was', async () => {
    const name = await version2Database();
    const broken = new Dexie(name);
    open.push(broken);
    declareSchemaVersions(broken, 2);
    broken
      .version(3)
      .stores(SCHEMA_VERSIONS[2]!.stores)
      .upgrade(async (tx) => {
        await tx.table('annotations').toCollection().modify({ coderId: 'local' });
        throw new Error('upgrade bug');
      });
    await expect(broken.open()).rejects.toThrow();
    broken.close();

    const old = new Dexie(name);
    open.push(old);
    declareSchemaVersions(old, 2);
    await old.open();
    expect(old.verno).toBe(2);
    expect(await old.table('annotations').toArray()).toEqual(V2_RECORDS.annotations);
  });
});
