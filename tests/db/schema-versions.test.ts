import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotationsRepo } from '../../src/db/annotations-repo';
import { GlossDB } from '../../src/db/db';
import { getPersistence } from '../../src/db/persist';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, declareSchemaVersions } from '../../src/db/schema';
import { createTagsRepo } from '../../src/db/tags-repo';
import { AnnotationSchema, TagSchema } from '../../src/domain/validation';
import { V1_RECORDS, seedV1 } from './fixtures/v1';

/** For every schema version that shipped: how to fill a database as that release did. */
const FIXTURES: Record<number, (db: Dexie) => Promise<void>> = { 1: seedV1 };

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function databaseLeftByVersion(version: number): Promise<string> {
  const name = `gloss-test-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  declareSchemaVersions(old, version);
  await old.open();
  await FIXTURES[version]!(old);
  old.close();
  return name;
}

describe('schema versions', () => {
  it('are declared in increasing order and a fixture exists for each', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(Object.keys(FIXTURES).map(Number)).toEqual(versions);
    expect(LATEST_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('keep version 1 exactly as it shipped (the list is append-only)', () => {
    expect(SCHEMA_VERSIONS[0]).toEqual({
      version: 1,
      stores: {
        annotations: 'id, articleId, *tagIds, updatedAt',
        tags: 'id, &nameKey',
        articles: 'id, title, createdAt',
        meta: 'key',
      },
    });
  });

  it.each(SCHEMA_VERSIONS.map((entry) => entry.version))(
    'a database left by version %i opens with the current schema and keeps every record',
    async (version) => {
      const db = new GlossDB(await databaseLeftByVersion(version));
      try {
        await db.open();
        expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
        const annotations = await createAnnotationsRepo(db).listAll();
        const tags = await createTagsRepo(db).list();
        for (const annotation of annotations)
          expect(AnnotationSchema.safeParse(annotation).success).toBe(true);
        for (const tag of tags) expect(TagSchema.safeParse(tag).success).toBe(true);
        expect(annotations.map((annotation) => annotation.id)).toEqual(
          V1_RECORDS.annotations.map((a) => a.id),
        );
        expect(tags.map((tag) => tag.id)).toEqual(V1_RECORDS.tags.map((tag) => tag.id));
        expect(await db.articles.count()).toBe(V1_RECORDS.articles.length);
        expect(await getPersistence(db)).toEqual(V1_RECORDS.meta[0]!.value);
      } finally {
        db.close();
      }
    },
  );

  it('the current schema has the indexes the repos query', async () => {
    const db = new GlossDB(`gloss-test-${crypto.randomUUID()}`);
    names.push(db.name);
    await db.open();
    const indexes = Object.fromEntries(
      db.tables.map((table) => [table.name, table.schema.indexes.map((index) => index.src)]),
    );
    expect(indexes).toEqual({
      annotations: ['articleId', '*tagIds', 'updatedAt'],
      tags: ['&nameKey'],
      articles: ['title', 'createdAt'],
      meta: [],
    });
    db.close();
  });
});
