// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { anchorAnnotation } from '../../../src/domain/anchoring';
import { describeRange } from '../../../src/domain/anchoring/describe';
import type { Annotation, TextRange } from '../../../src/domain/model';
import { loadSeed } from './seeds';

const text = loadSeed('000');
const HASH = 'a'.repeat(64);
const OTHER_HASH = 'b'.repeat(64);

function rangeOf(quote: string): TextRange {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in the text`);
  return describeRange(text, start, start + quote.length);
}

function annotation(ranges: TextRange[]): Annotation {
  return {
    id: '0b6f7c1e-6a52-4d8e-9d0c-3f1b2a4c5d6e',
    articleId: '000_df97716ef8399177',
    textHash: HASH,
    ranges,
    tagIds: [],
    note: '',
    color: null,
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    status: 'exact',
    coderId: 'local',
  };
}

const futility = 'pointed to the futility of the use of force';
const dialogue = 'comprehensive political dialogue';

describe('anchorAnnotation', () => {
  it('is exact when the text is the one the annotation was written on', () => {
    const ranges = [rangeOf(futility), rangeOf(dialogue)];
    expect(anchorAnnotation(text, HASH, annotation(ranges))).toEqual({ status: 'exact', ranges });
  });

  it('takes the worst status of its ranges and returns the new ranges in order', () => {
    const edited = `Updated.\n${text.replace('comprehensive political dialogue', 'comprehensive politcal dialogue')}`;
    const result = anchorAnnotation(
      edited,
      OTHER_HASH,
      annotation([rangeOf(futility), rangeOf(dialogue)]),
    );
    expect(result.status).toBe('fuzzy');
    expect(result.ranges.map((range) => range?.exact)).toEqual([
      futility,
      'comprehensive politcal dialogue',
    ]);
    expect(result.ranges[0]?.start).toBe(rangeOf(futility).start + 'Updated.\n'.length);
  });

  it('is orphaned when any one range is lost, keeping the others', () => {
    const edited = text.replaceAll(futility, 'said that force would not help');
    const result = anchorAnnotation(
      edited,
      OTHER_HASH,
      annotation([rangeOf(futility), rangeOf(dialogue)]),
    );
    expect(result.status).toBe('orphan');
    expect(result.ranges[0]).toBeNull();
    expect(result.ranges[1]?.exact).toBe(dialogue);
  });

  it('treats an annotation without ranges as an orphan', () => {
    expect(anchorAnnotation(text, HASH, annotation([]))).toEqual({ status: 'orphan', ranges: [] });
  });
});
