// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codebookOrder, tagNameKey, validateTagName } from '../../../src/domain/codebook';
import { planImport } from '../../../src/domain/formats/import-plan';
import { parseNative } from '../../../src/domain/formats/native-import';
import type { ImportBundle } from '../../../src/domain/formats/types';
import type { Tag } from '../../../src/domain/model';
import { context, makeTag } from './fixtures';

function bundle(tags: Tag[]): ImportBundle {
  return {
    format: 'native',
    exportedAt: null,
    articles: [],
    tags,
    annotations: [],
    memos: [],
    documents: [],
    skipped: [],
  };
}

function backup(tags: unknown[]): string {
  return JSON.stringify({
    format: 'gloss',
    version: 1,
    exportedAt: '2025-01-01T00:00:00.000Z',
    articles: [],
    tags,
    annotations: [],
  });
}

function planned(tags: Tag[], existing: Tag[] = []) {
  const plan = planImport(bundle(tags), {
    ...context([]),
    existing: { annotations: [], tags: existing, memos: [], documents: [] },
  });
  return [...plan.add.tags, ...plan.change.tags];
}

describe('imports obey the codebook rules the form enforces', () => {
  it('flattens tags that are each other’s parent, with a warning', () => {
    const a = makeTag('A');
    const b = makeTag('B');
    const plan = planImport(
      bundle([
        { ...a, parentId: b.id },
        { ...b, parentId: a.id },
      ]),
      context([]),
    );
    const tags = [...plan.add.tags];
    expect(tags.filter((t) => t.parentId !== null)).toHaveLength(1);
    expect(plan.warnings.map((w) => w.message).join('\n')).toMatch(/one level deep/);
  });

  it('never imports nesting two levels deep, whatever the parent graph', () => {
    const graphs = fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc.array(fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: null }), {
        minLength: n,
        maxLength: n,
      }),
    );
    fc.assert(
      fc.property(graphs, (parents) => {
        const base = parents.map((_, i) => makeTag(`Tag ${i}`));
        const tags = base.map((t, i) => {
          const p = parents[i];
          return { ...t, parentId: p === null || p === undefined ? null : (base[p]?.id ?? null) };
        });
        const result = planned(tags);
        const byId = new Map(result.map((t) => [t.id, t]));
        for (const tag of result) {
          if (tag.parentId === null) continue;
          expect(tag.parentId).not.toBe(tag.id);
          expect(byId.get(tag.parentId)?.parentId).toBeNull();
        }
        expect(codebookOrder(result)).toHaveLength(result.length);
      }),
    );
  });

  it('drops a hotkey that differs from another only by case', () => {
    const local = makeTag('Local', { hotkey: 'f' });
    const result = planned(
      [
        makeTag('One', { hotkey: 'F' }),
        makeTag('Two', { hotkey: 'g' }),
        makeTag('Three', { hotkey: 'G' }),
      ],
      [local],
    );
    expect(result.map((t) => t.hotkey)).toEqual([null, 'g', null]);
  });

  it('refuses reserved hotkeys and control characters in names, naming the record', () => {
    expect(() => parseNative(backup([{ ...makeTag('Ok'), hotkey: 'h' }]))).toThrow(
      /tag 0: hotkey: "h" is reserved/,
    );
    expect(() => parseNative(backup([makeTag('Bad\u0007name')]))).toThrow(
      /tag 0: name: .*control characters/,
    );
    expect(() => parseNative(backup([makeTag('\u202Egnimarf')]))).toThrow(/control characters/);
    expect(() => parseNative(backup([makeTag('\u200B\u200B')]))).toThrow(/cannot be empty/);
  });

  it('treats look-alike names as one tag: NFKC, zero-width and bidi marks do not count', () => {
    expect(tagNameKey('Fram\u200Bing')).toBe(tagNameKey('Framing'));
    expect(tagNameKey('\uFB01ght')).toBe(tagNameKey('fight'));
    expect(tagNameKey('Ｆraming')).toBe('framing');
    expect(validateTagName('Fram\u200Bing', [makeTag('Framing')])).toMatch(/already exists/);
    // A file's tag with a zero-width twin of a local name is the local tag.
    const local = makeTag('Framing');
    const plan = planImport(bundle([makeTag('Fram\u200Bing')]), {
      ...context([]),
      existing: { annotations: [], tags: [local], memos: [], documents: [] },
    });
    expect(plan.add.tags).toHaveLength(0);
    // The key in a file is recomputed, never taken on trust.
    const parsed = parseNative(backup([{ ...makeTag('Framing'), nameKey: 'something else' }]));
    expect(parsed.tags[0]?.nameKey).toBe('framing');
  });
});
