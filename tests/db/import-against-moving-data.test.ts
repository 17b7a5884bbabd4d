// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GlossDB } from '../../src/db/db';
import { createTransferRepo, type TransferRepo } from '../../src/db/transfer-repo';
import { tagNameKey } from '../../src/domain/codebook';
import { planImport } from '../../src/domain/formats/import-plan';
import type { ImportBundle, KnownArticles } from '../../src/domain/formats/types';
import type { Tag } from '../../src/domain/model';
import { makeAnnotation, makeTestDb, TEXT_HASH } from './helpers';

let db: GlossDB;
let transfer: TransferRepo;
const TEXT = 'x'.repeat(10) + 'Lavrov met Kerry in Geneva and they talked for hours.';
const articles: KnownArticles = new Map([
  ['001_lavrov-kerry', { text: TEXT, textHash: TEXT_HASH }],
  ['002_other', { text: TEXT, textHash: TEXT_HASH }],
]);

beforeEach(() => {
  db = makeTestDb();
  transfer = createTransferRepo(db);
});
afterEach(async () => {
  await db.delete();
});

function bundle(parts: Partial<ImportBundle>): ImportBundle {
  return {
    format: 'native',
    exportedAt: null,
    articles: [],
    tags: [],
    annotations: [],
    memos: [],
    documents: [],
    skipped: [],
    ...parts,
  };
}

function tag(name: string, id = crypto.randomUUID()): Tag {
  return {
    id,
    name,
    nameKey: tagNameKey(name),
    color: '#fde68a',
    description: '',
    hotkey: null,
    parentId: null,
    createdAt: '2025-01-01T00:00:00.000Z',
  };
}

describe('imports against a database that moves', () => {
  it('writes nothing and reports stale when a touched record changed after the preview', async () => {
    const local = makeAnnotation({ note: 'old', updatedAt: '2025-01-01T00:00:00.000Z' });
    await db.annotations.put(local);
    const basis = await transfer.snapshot();
    const incoming = { ...local, note: 'from file', updatedAt: '2025-02-01T00:00:00.000Z' };
    const plan = planImport(bundle({ annotations: [incoming] }), { articles, existing: basis });
    expect(plan.change.annotations).toHaveLength(1);
    // Another tab edits the note after the preview was planned.
    const newer = { ...local, note: 'typed in another tab', updatedAt: '2025-03-01T00:00:00.000Z' };
    await db.annotations.put(newer);
    const result = await transfer.applyImportIfUnchanged(plan, basis);
    expect(result.status).toBe('stale');
    expect(await db.annotations.get(local.id)).toEqual(newer);
    // Planned again, the newer local edit wins and nothing goes backwards.
    const fresh = await transfer.snapshot();
    const again = planImport(bundle({ annotations: [incoming] }), { articles, existing: fresh });
    expect(again.change.annotations).toHaveLength(0);
    expect(await transfer.applyImportIfUnchanged(again, fresh)).toEqual({ status: 'applied' });
    expect((await db.annotations.get(local.id))?.updatedAt).toBe('2025-03-01T00:00:00.000Z');
  });

  it('adds an annotation whose id is taken on another article under an id of its own', async () => {
    const local = makeAnnotation({ note: 'mine', articleId: '001_lavrov-kerry' });
    await db.annotations.put(local);
    const basis = await transfer.snapshot();
    const foreign = {
      ...local,
      articleId: '002_other',
      note: 'theirs',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const plan = planImport(bundle({ annotations: [foreign] }), { articles, existing: basis });
    expect(plan.change.annotations).toHaveLength(0);
    expect(plan.add.annotations).toHaveLength(1);
    expect(plan.add.annotations[0]?.id).not.toBe(local.id);
    expect(plan.warnings[0]?.message).toMatch(/another article/);
    await transfer.applyImportIfUnchanged(plan, basis);
    expect(await db.annotations.get(local.id)).toEqual(local);
    expect(await db.annotations.count()).toBe(2);
  });

  it('flags dates in the future, which never win over a local edit', async () => {
    const local = makeAnnotation({ note: 'mine', updatedAt: '2025-01-01T00:00:00.000Z' });
    const now = new Date('2025-06-01T00:00:00.000Z');
    const future = { ...local, note: 'forever', updatedAt: '9999-12-31T00:00:00.000Z' };
    const plan = planImport(bundle({ annotations: [future] }), {
      articles,
      existing: { annotations: [local], tags: [], memos: [], documents: [] },
      now,
    });
    expect(plan.change.annotations).toHaveLength(0);
    expect(plan.skip[0]?.reason).toMatch(/future/);
    expect(plan.warnings[0]?.message).toMatch(/9999-12-31.*future/);
  });

  it('restores with Replace a backup in which two tags swapped names', async () => {
    const a = tag('Framing');
    const b = tag('Blame');
    await db.tags.bulkPut([a, b]);
    const basis = await transfer.snapshot();
    const swapped = [
      { ...a, name: 'Blame', nameKey: 'blame' },
      { ...b, name: 'Framing', nameKey: 'framing' },
    ];
    const plan = planImport(bundle({ tags: swapped }), { articles, existing: basis }, 'replace');
    expect(await transfer.applyImportIfUnchanged(plan, basis)).toEqual({ status: 'applied' });
    expect((await db.tags.get(a.id))?.name).toBe('Blame');
    expect((await db.tags.get(b.id))?.name).toBe('Framing');
  });
});
