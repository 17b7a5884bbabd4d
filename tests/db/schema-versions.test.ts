import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotationsRepo } from '../../src/db/annotations-repo';
import { GlossDB } from '../../src/db/db';
import { getPersistence } from '../../src/db/persist';
import {
  LATEST_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  declareSchemaVersions,
} from '../../src/db/dexie-schema';
import { createTagsRepo } from '../../src/db/tags-repo';
import { createArticlesRepo } from '../../src/db/articles-repo';
import { createMemosRepo } from '../../src/db/memos-repo';
import {
  AnnotationSchema,
  ArticleMemoSchema,
  DocumentRecordSchema,
  TagSchema,
} from '../../src/domain/validation';
import { V1_RECORDS, seedV1 } from './fixtures/v1';
import { V2_RECORDS, seedV2 } from './fixtures/v2';
import { V3_RECORDS, seedV3 } from './fixtures/v3';
import { V4_RECORDS, seedV4 } from './fixtures/v4';
import { V5_RECORDS, seedV5 } from './fixtures/v5';

interface Fixture {
  /** Fills a database as that release did. */
  seed: (db: Dexie) => Promise<void>;
  /** What it wrote, to check that the upgrade kept every record. */
  records: {
    tags: { id: string }[];
    annotations: { id: string }[];
    articles: unknown[];
    memos?: unknown[];
    meta: { value: unknown }[];
  };
}

/** For every schema version that shipped: how that release filled a database. */
const FIXTURES: Record<number, Fixture> = {
  1: { seed: seedV1, records: V1_RECORDS },
  2: { seed: seedV2, records: V2_RECORDS },
  3: { seed: seedV3, records: V3_RECORDS },
  4: { seed: seedV4, records: { ...V4_RECORDS, articles: V3_RECORDS.articles } },
  5: { seed: seedV5, records: { ...V5_RECORDS, articles: V3_RECORDS.articles } },
};

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
  await FIXTURES[version]!.seed(old);
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

  it('add version 2 with an upgrade function and the memos table', () => {
    expect(SCHEMA_VERSIONS[1]).toMatchObject({ version: 2, stores: { memos: 'articleId' } });
    expect(SCHEMA_VERSIONS[1]?.upgrade).toBeTypeOf('function');
  });

  it.each(SCHEMA_VERSIONS.map((entry) => entry.version))(
    'a database left by version %i opens with the current schema and keeps every record',
    async (version) => {
      const db = new GlossDB(await databaseLeftByVersion(version));
      const expected = FIXTURES[version]!.records;
      try {
        await db.open();
        expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
        const annotations = await createAnnotationsRepo(db).listAll();
        const tags = await createTagsRepo(db).list();
        for (const annotation of annotations)
          expect(AnnotationSchema.safeParse(annotation).success).toBe(true);
        for (const tag of tags) expect(TagSchema.safeParse(tag).success).toBe(true);
        expect(annotations.map((annotation) => annotation.id)).toEqual(
          expected.annotations.map((a) => a.id),
        );
        expect(tags.map((tag) => tag.id).sort()).toEqual(expected.tags.map((tag) => tag.id).sort());
        const repo = createArticlesRepo(db);
        const articles = await Promise.all(
          (await repo.list()).map(async (meta) => repo.get(meta.id)),
        );
        for (const article of articles)
          expect(DocumentRecordSchema.safeParse(article).success).toBe(true);
        expect(articles).toEqual(expected.articles);
        const memos = await createMemosRepo(db).list();
        for (const memo of memos) expect(ArticleMemoSchema.safeParse(memo).success).toBe(true);
        expect(memos).toEqual(expected.memos ?? []);
        expect(await getPersistence(db)).toEqual(expected.meta[0]!.value);
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
      annotations: ['articleId', '*tagIds', 'updatedAt', 'coderId'],
      tags: ['&nameKey'],
      articles: ['title', 'createdAt'],
      meta: [],
      memos: [],
      coders: [],
      texts: [],
      overrides: [],
      sets: ['&nameKey', '*articleIds'],
      library: [],
    });
    db.close();
  });
});
