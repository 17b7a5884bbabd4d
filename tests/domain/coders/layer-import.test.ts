import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/domain/anchoring';
import { planLayerImport, proposedCoderName, type Coder } from '../../../src/domain/coders';
import { tagNameKey } from '../../../src/domain/codebook';
import { importW3C } from '../../../src/domain/formats/w3c-import';
import { exportW3C } from '../../../src/domain/formats/w3c-export';
import type { ImportBundle } from '../../../src/domain/formats/types';
import type { Annotation, Tag } from '../../../src/domain/model';

const text = 'Lavrov met Kerry in Moscow on Tuesday.';
const hash = 'b'.repeat(64);
const known = new Map([['a1', { text, textHash: hash }]]);

function tag(id: string, name: string): Tag {
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

function ann(
  id: string,
  start: number,
  end: number,
  tagIds: string[],
  coderId = 'local',
): Annotation {
  return {
    id,
    articleId: 'a1',
    textHash: hash,
    ranges: [describeRange(text, start, end)],
    tagIds,
    note: '',
    color: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    status: 'exact',
    coderId,
  };
}

const codebook = [tag('11111111-1111-4111-8111-111111111111', 'Diplomacy')];
let ids = 0;
const context = (coders: Coder[] = [], sizes = new Map<string, number>()) => ({
  known,
  codebook,
  coders,
  layerSizes: sizes,
  now: '2025-06-01T00:00:00.000Z',
  newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
});

function bundle(overrides: Partial<ImportBundle>): ImportBundle {
  return {
    format: 'native',
    exportedAt: null,
    articles: [],
    tags: [],
    annotations: [],
    memos: [],
    documents: [],
    skipped: [],
    ...overrides,
  };
}

describe('planLayerImport', () => {
  const fileTags = [tag('f1', 'diplomacy'), tag('f2', 'Place')];
  const file = bundle({
    tags: fileTags,
    annotations: [
      ann('a', 0, 6, ['f1']),
      ann('b', 20, 26, ['f2']),
      { ...ann('c', 0, 3, []), articleId: 'elsewhere' },
      ann('d', 11, 16, ['f1'], 'someone-else'),
    ],
    coders: [{ id: 'local', name: 'Bob', origin: 'local', createdAt: '2025-01-01T00:00:00.000Z' }],
  });

  it('makes a new layer with the file’s own coder name, tags matched by name', () => {
    expect(proposedCoderName(file, 'bob-export.json')).toBe('Bob');
    const plan = planLayerImport(file, 'Bob', context());
    expect(plan.coder).toMatchObject({ name: 'Bob', origin: 'imported' });
    expect(plan.replaces).toBeNull();
    expect(plan.annotations.map((a) => a.coderId)).toEqual([plan.coder.id, plan.coder.id]);
    // "diplomacy" is the codebook's "Diplomacy"; "Place" is new.
    expect(plan.annotations[0]?.tagIds).toEqual([codebook[0]!.id]);
    expect(plan.newTags.map((t) => t.name)).toEqual(['Place']);
    expect(plan.annotations[1]?.tagIds).toEqual([plan.newTags[0]!.id]);
    expect(plan.skipped).toEqual([
      { index: 2, reason: 'unknown article elsewhere' },
      { index: 3, reason: 'belongs to another coder in the file (someone-else)' },
    ]);
    expect(new Set(plan.annotations.map((a) => a.id)).has('a')).toBe(false);
  });

  it('replaces the same coder’s layer on a second import, found by name', () => {
    const bob: Coder = { id: 'bob-id', name: 'Bob', origin: 'imported', createdAt: 'x' };
    const plan = planLayerImport(file, 'bob', context([bob], new Map([['bob-id', 7]])));
    expect(plan.coder.id).toBe('bob-id');
    expect(plan.replaces).toEqual({ coder: bob, annotations: 7 });
    const again = planLayerImport(file, 'bob', context([bob]));
    expect(again.annotations.map((a) => a.id)).toEqual(plan.annotations.map((a) => a.id));
  });

  it('takes the W3C creator as the coder’s name, and Gloss writes it back', () => {
    const alice: Coder = { id: 'alice', name: 'Alice', origin: 'imported', createdAt: 'x' };
    const w3c = exportW3C({
      articles: [
        {
          id: 'a1',
          title: 'T',
          source: null,
          language: 'en',
          text,
          textHash: hash,
          origin: 'bundled',
          file: 'a1.txt',
          date: null,
          byline: null,
          wordCount: 1,
          byteLength: text.length,
        },
      ],
      tags: codebook,
      annotations: [ann('12345678-1234-4234-8234-123456789abc', 0, 6, [codebook[0]!.id], 'alice')],
      memos: [],
      userArticles: [],
      exportedAt: new Date('2025-06-01T00:00:00.000Z'),
      coders: [alice],
    });
    const item = (JSON.parse(w3c) as { first: { items: { creator: unknown }[] } }).first.items[0];
    expect(item?.creator).toEqual({ id: 'urn:gloss:coder:alice', type: 'Person', name: 'Alice' });
    const parsed = importW3C(w3c, known);
    expect(parsed.coderName).toBe('Alice');
    expect(proposedCoderName(parsed, 'export.jsonld')).toBe('Alice');
  });

  it('falls back to the file name when the format names nobody', () => {
    expect(proposedCoderName(bundle({ format: 'doccano' }), 'carol.jsonl')).toBe('carol');
  });
});
