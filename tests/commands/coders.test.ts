import { describe, expect } from 'vitest';
import { importCoderLayer, layerAsImportPlan, type CoderFile } from '../../src/commands/coders';
import { annotationsRepo } from '../../src/db';
import { codersRepo } from '../../src/db/coders-repo';
import { transferRepo } from '../../src/db/transfer-repo';
import { describeRange } from '../../src/domain/anchoring';
import type { LayerImportPlan } from '../../src/domain/coders/layer-import';
import type { Annotation } from '../../src/domain/model';
import { test } from './fixtures';

const text = 'Lavrov met Kerry in Geneva to talk about Syria.';
const hash = 'c'.repeat(64);
const alice = {
  id: '0a11ce00-0000-4000-8000-000000000001',
  name: 'Alice',
  origin: 'imported',
  createdAt: '2025-01-01T00:00:00.000Z',
} as const;

function annotation(id: string, start: number, end: number, coderId: string): Annotation {
  return {
    id,
    articleId: 'a1',
    textHash: hash,
    ranges: [describeRange(text, start, end)],
    tagIds: [],
    note: '',
    color: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    status: 'exact',
    coderId,
  };
}

function layer(annotations: Annotation[], replaces = false): LayerImportPlan {
  return {
    coder: alice,
    replaces: replaces ? { coder: alice, annotations: 1 } : null,
    annotations,
    newTags: [],
    skipped: [],
  };
}

async function file(): Promise<CoderFile> {
  return {
    fileName: 'alice.json',
    bundle: {
      format: 'w3c',
      exportedAt: null,
      articles: [],
      tags: [],
      annotations: [],
      memos: [],
      documents: [],
      skipped: [],
    },
    context: { articles: new Map(), snapshot: await transferRepo.snapshot() },
  };
}

const mine = annotation('0e000000-0000-4000-8000-000000000001', 0, 6, 'local');
const first = annotation('0e000000-0000-4000-8000-000000000002', 11, 16, alice.id);
const second = annotation('0e000000-0000-4000-8000-000000000003', 20, 26, alice.id);

describe('Import as coder', () => {
  test('writes the layer and its coder through the guarded import; a second file replaces only that layer', async () => {
    await annotationsRepo.create(mine);
    const added = await importCoderLayer(await file(), layer([first]));
    expect(added).toEqual({ ok: true, value: { status: 'applied' } });
    expect((await codersRepo.list()).map((c) => c.name)).toEqual(['Coder 1', 'Alice']);
    expect((await codersRepo.layer(alice.id)).map((a) => a.id)).toEqual([first.id]);

    const replaced = await importCoderLayer(await file(), layer([second], true));
    expect(replaced.ok && replaced.value.status).toBe('applied');
    expect((await codersRepo.layer(alice.id)).map((a) => a.id)).toEqual([second.id]);
    expect(await annotationsRepo.get(mine.id)).toEqual(mine);
  });

  test('writes nothing when what the layer replaces changed since the preview', async () => {
    await importCoderLayer(await file(), layer([first]));
    const preview = await file();
    await annotationsRepo.update(first.id, { note: 'edited in another tab' });
    const result = await importCoderLayer(preview, layer([second], true));
    expect(result.ok && result.value.status).toBe('stale');
    const kept = await codersRepo.layer(alice.id);
    expect(kept.map((a) => [a.id, a.note])).toEqual([[first.id, 'edited in another tab']]);
  });

  test('plans the layer as adds, rewrites and removals of that coder’s records only', async () => {
    const snapshot = { ...(await transferRepo.snapshot()), annotations: [mine, first] };
    const plan = layerAsImportPlan(layer([{ ...first, note: 'new' }, second], true), snapshot);
    expect(plan.add.annotations.map((a) => a.id)).toEqual([second.id]);
    expect(plan.change.annotations.map((a) => a.id)).toEqual([first.id]);
    expect(plan.remove.annotations).toEqual([]);
    const shrunk = layerAsImportPlan(layer([second], true), snapshot);
    expect(shrunk.remove.annotations.map((a) => a.id)).toEqual([first.id]);
  });
});
