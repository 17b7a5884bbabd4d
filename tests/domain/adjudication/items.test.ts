import { describe, expect, it } from 'vitest';
import {
  adjudicationItems,
  agreedConsensus,
  consensusFor,
  consensusIdsOf,
} from '../../../src/domain/adjudication';
import { describeRange } from '../../../src/domain/anchoring';
import type { Annotation } from '../../../src/domain/model';

const text = 'Lavrov met Kerry in Moscow on Tuesday to talk about Syria.';
const hash = 'c'.repeat(64);
let n = 0;
function ann(coderId: string, start: number, end: number, tagIds: string[]): Annotation {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
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

const T1 = '11111111-1111-4111-8111-111111111111';
const T2 = '22222222-2222-4222-8222-222222222222';

describe('adjudicationItems', () => {
  const agreedA = ann('a', 0, 6, [T1]);
  const agreedB = ann('b', 0, 6, [T1]);
  const tagsA = ann('a', 11, 16, [T1]);
  const tagsB = ann('b', 11, 16, [T2]);
  const boundA = ann('a', 20, 26, [T1]);
  const boundB = ann('b', 17, 26, [T1]);
  const onlyA = ann('a', 30, 37, [T1]);
  const onlyB = ann('b', 52, 57, [T2]);
  const { items, agreements } = adjudicationItems(
    [agreedA, tagsA, boundA, onlyA],
    [agreedB, tagsB, boundB, onlyB],
    ['a1'],
  );

  it('finds every kind of disagreement in text order and the agreements apart', () => {
    expect(items.map((i) => i.kind)).toEqual([
      'tags-differ',
      'boundaries-differ',
      'only-a',
      'only-b',
    ]);
    expect(agreements).toEqual([{ articleId: 'a1', a: agreedA, b: agreedB }]);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });

  it('turns decisions into consensus annotations with stable ids', () => {
    const now = '2025-02-01T00:00:00.000Z';
    const [tags, bound] = items;
    const both = consensusFor(tags!, { kind: 'both' }, text, hash, now);
    expect(both.map((a) => a.tagIds)).toEqual([[T1], [T2]]);
    expect(both.every((a) => a.coderId === 'consensus')).toBe(true);
    expect(consensusFor(tags!, { kind: 'a' }, text, hash, now)[0]?.id).toBe(both[0]?.id);
    expect(consensusFor(tags!, { kind: 'neither' }, text, hash, now)).toEqual([]);
    const edited = consensusFor(
      bound!,
      { kind: 'edit', start: 17, end: 26, tagIds: [T2] },
      text,
      hash,
      now,
    );
    expect(edited[0]?.ranges[0]?.exact).toBe(text.slice(17, 26));
    expect(consensusIdsOf(bound!)).toContain(edited[0]!.id);
    expect(() =>
      consensusFor(bound!, { kind: 'edit', start: 5, end: 5, tagIds: [] }, text, hash, now),
    ).toThrow('start before its end');
    expect(agreedConsensus(agreements, now)[0]).toMatchObject({
      coderId: 'consensus',
      tagIds: [T1],
    });
  });
});
