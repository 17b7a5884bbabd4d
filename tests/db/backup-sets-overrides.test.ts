// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GlossDB } from '../../src/db/db';
import { writeImportInChunks } from '../../src/db/import-batch';
import { createTransferRepo, type Snapshot } from '../../src/db/transfer-repo';
import { ImportError } from '../../src/domain/formats/errors';
import { planImport, type ImportMode } from '../../src/domain/formats/import-plan';
import { exportNative } from '../../src/domain/formats/native-export';
import { parseNative } from '../../src/domain/formats/native-import';
import type { KnownArticles } from '../../src/domain/formats/types';
import type { ArticleSet, MetadataOverride } from '../../src/domain/model';
import { makeAnnotation, makeTestDb, snapshot, TEXT_HASH } from './helpers';

const TEXT = 'x'.repeat(10) + 'Lavrov met Kerry in Geneva and they talked for hours.';
const articles: KnownArticles = new Map(
  ['001_lavrov-kerry', '002_other', '003_third'].map((id) => [
    id,
    { text: TEXT, textHash: TEXT_HASH },
  ]),
);

const override: MetadataOverride = {
  articleId: '001_lavrov-kerry',
  updatedAt: '2025-02-01T00:00:00.000Z',
  source: 'SANA',
  date: '2016-11-02',
  url: null,
};
const week1: ArticleSet = {
  id: 'set-week-1',
  name: 'Week 1',
  nameKey: 'week 1',
  articleIds: ['001_lavrov-kerry', '002_other'],
  createdAt: '2025-01-05T00:00:00.000Z',
};

let from: GlossDB;
let to: GlossDB;
beforeEach(() => {
  from = makeTestDb();
  to = makeTestDb();
});
afterEach(async () => {
  await Promise.all([from.delete(), to.delete()]);
});

function backupOf(s: Snapshot): string {
  return exportNative({
    articles: [],
    tags: s.tags,
    annotations: s.annotations,
    memos: s.memos,
    userArticles: s.documents,
    exportedAt: new Date('2025-03-01T00:00:00.000Z'),
    coders: s.coders,
    overrides: s.overrides,
    sets: s.sets,
  });
}

async function importInto(db: GlossDB, text: string, mode: ImportMode) {
  const repo = createTransferRepo(db);
  const basis = await repo.snapshot();
  const plan = planImport(parseNative(text), { articles, existing: basis }, mode);
  // The app's write: chunked, as one logical import (src/db/import-batch.ts).
  await writeImportInChunks(db, plan, basis);
  return plan;
}

describe('the native backup keeps sets and edited details', () => {
  it('round-trips both through Replace into another database', async () => {
    await from.overrides.put(override);
    await from.sets.put(week1);
    await from.annotations.put(makeAnnotation());
    await to.sets.put({ ...week1, id: 'set-old', name: 'Old', nameKey: 'old' });

    const text = backupOf(await createTransferRepo(from).snapshot());
    const plan = await importInto(to, text, 'replace');

    expect(await to.overrides.toArray()).toEqual([override]);
    expect(await to.sets.toArray()).toEqual([week1]);
    expect(plan.add.sets).toEqual([week1]);
    expect(plan.remove.sets.map((s) => s.name)).toEqual(['Old']);
    // A second round trip changes nothing.
    const again = planImport(
      parseNative(backupOf(await createTransferRepo(to).snapshot())),
      { articles, existing: await createTransferRepo(to).snapshot() },
      'replace',
    );
    expect(again.counts).toMatchObject({ add: 0, change: 0, remove: 0 });
  });

  it('merges a set the device holds under the same name: members are united, none lost', async () => {
    await to.sets.put({ ...week1, id: 'set-local', articleIds: ['003_third'] });
    const text = backupOf({ ...(await createTransferRepo(from).snapshot()), sets: [week1] });
    const plan = await importInto(to, text, 'merge');
    expect(plan.change.sets).toHaveLength(1);
    expect(await to.sets.toArray()).toEqual([
      { ...week1, id: 'set-local', articleIds: ['003_third', '001_lavrov-kerry', '002_other'] },
    ]);
  });

  it('keeps a merged newer local edit of details and takes a newer one from the file', async () => {
    await to.overrides.put({ ...override, source: 'Mine', updatedAt: '2025-05-01T00:00:00.000Z' });
    const older = backupOf({
      ...(await createTransferRepo(from).snapshot()),
      overrides: [override],
    });
    const plan = await importInto(to, older, 'merge');
    expect(plan.skip.map((s) => s.message)).toEqual([
      'override 0: older or same as the details edited here',
    ]);
    expect((await to.overrides.get(override.articleId))?.source).toBe('Mine');
  });

  it('leaves out set members that name no article here, and says so', async () => {
    const text = backupOf({
      ...(await createTransferRepo(from).snapshot()),
      sets: [{ ...week1, articleIds: ['001_lavrov-kerry', 'gone-article'] }],
    });
    const plan = await importInto(to, text, 'merge');
    expect(plan.warnings.map((w) => w.message)).toEqual([
      'set 0 (“Week 1”): 1 article not found here left out',
    ]);
    expect((await to.sets.get(week1.id))?.articleIds).toEqual(['001_lavrov-kerry']);
  });

  it('still imports a version 1 backup, which has neither', async () => {
    await to.sets.put(week1);
    const v1 = JSON.parse(backupOf(await createTransferRepo(from).snapshot())) as Record<
      string,
      unknown
    >;
    delete v1.overrides;
    delete v1.sets;
    v1.version = 1;
    v1.annotations = [makeAnnotation()];
    const plan = await importInto(to, JSON.stringify(v1), 'merge');
    expect(plan.counts.add).toBe(1);
    expect(await to.annotations.count()).toBe(1);
    expect(await to.sets.toArray()).toEqual([week1]);
  });

  it('refuses sets or details inside a version 1 file, naming the field', () => {
    const file = JSON.parse(backupOf(emptySnapshot())) as Record<string, unknown>;
    file.version = 1;
    file.sets = [week1];
    expect(() => parseNative(JSON.stringify(file))).toThrow(/Unrecognized key.*sets/);
  });

  it('names a bad set record and where it is, and changes nothing', async () => {
    await to.sets.put(week1);
    await to.annotations.put(makeAnnotation());
    const before = await snapshot(to);
    const file = JSON.parse(backupOf(emptySnapshot())) as Record<string, unknown>;
    file.sets = [week1, { ...week1, id: 'set-2', name: '   ' }];
    file.annotations = [makeAnnotation()];
    let caught: unknown;
    try {
      await importInto(to, JSON.stringify(file), 'replace');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ImportError);
    expect((caught as ImportError).message).toBe('set 1: name must not be empty');
    expect((caught as ImportError).location).toBe('sets[1].name');
    expect(await snapshot(to)).toEqual(before);
  });

  it('names a set member that is not an article id', () => {
    const file = JSON.parse(backupOf(emptySnapshot())) as Record<string, unknown>;
    file.sets = [{ ...week1, articleIds: ['001_lavrov-kerry', 7] }];
    expect(() => parseNative(JSON.stringify(file))).toThrow(/^set 0: articleIds\[1\]/);
  });
});

function emptySnapshot(): Snapshot {
  return {
    annotations: [],
    tags: [],
    memos: [],
    documents: [],
    coders: [],
    overrides: [],
    sets: [],
  };
}
