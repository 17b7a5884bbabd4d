import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codebookOrder, compareTagsByName, effectiveParent } from '../../../src/domain/codebook';
import { withChildTags } from '../../../src/domain/annotations/filter';
import type { Tag } from '../../../src/domain/model';

function tag(id: string, parentId: string | null, name = id): Tag {
  return {
    id,
    name,
    nameKey: name.toLowerCase(),
    color: '#123456',
    description: '',
    hotkey: null,
    parentId,
    createdAt: '2024-01-01T00:00:00.000Z',
  };
}

// Any parent graph at all: missing parents, self-parents, cycles, chains of any depth.
const codebooks = fc
  .integer({ min: 0, max: 12 })
  .chain((n) =>
    fc.array(fc.option(fc.integer({ min: 0, max: n + 2 }), { nil: null }), {
      minLength: n,
      maxLength: n,
    }),
  )
  .map((parents) => parents.map((p, i) => tag(`t${i}`, p === null ? null : `t${p}`)));

describe('codebook order', () => {
  it('lists every tag exactly once, whatever the parents say', () => {
    fc.assert(
      fc.property(codebooks, (tags) => {
        const rows = codebookOrder(tags);
        expect(rows.map((r) => r.tag.id).sort()).toEqual(tags.map((t) => t.id).sort());
        for (const row of rows) {
          // A parent shown is top-level and is listed itself.
          if (row.parent) expect(row.parent.parentId).toBeNull();
        }
      }),
    );
  });

  it('shows tags that name each other, or sit two levels deep, at the top level', () => {
    const a = tag('a', 'b');
    const b = tag('b', 'a');
    const top = tag('top', null);
    const mid = tag('mid', 'top');
    const deep = tag('deep', 'mid');
    const rows = codebookOrder([a, b, top, mid, deep]);
    expect(rows.map((r) => [r.tag.id, r.parent?.id ?? null])).toEqual([
      ['a', null],
      ['b', null],
      ['top', null],
      ['mid', 'top'],
      ['deep', null],
    ]);
    const byId = new Map([a, b, top, mid, deep].map((t) => [t.id, t]));
    expect(effectiveParent(deep, byId)).toBeUndefined();
    expect([...withChildTags(['a'], [a, b])]).toEqual(['a']);
  });

  // Ordering used to compare every tag with every top-level tag: minutes at this size.
  it('orders 100,000 tags with many parents without freezing', () => {
    const tags: Tag[] = [];
    for (let i = 0; i < 100_000; i++) {
      tags.push(tag(`t${i}`, i % 2 === 0 ? null : `t${i - 1}`, `tag ${i}`));
    }
    tags.sort(compareTagsByName);
    const rows = codebookOrder(tags);
    expect(rows).toHaveLength(100_000);
    expect(withChildTags(['t0'], tags).size).toBe(2);
  });
});
