// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ANCHOR_STATUS_LABELS,
  anchorForReader,
  reanchor,
  reanchorWrites,
  worstStatus,
} from '../../../src/domain/anchoring';
import { describeRange } from '../../../src/domain/anchoring/describe';
import type { Annotation, TextRange } from '../../../src/domain/model';
import { makeAnnotation } from '../../db/helpers';

const text = 'Lavrov met Kerry in Geneva. They spoke of a comprehensive political dialogue.';
const HASH = 'a'.repeat(64);
const NEW_HASH = 'b'.repeat(64);

function rangeOf(source: string, quote: string): TextRange {
  const start = source.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in the text`);
  return describeRange(source, start, start + quote.length);
}

function annotation(ranges: TextRange[], overrides: Partial<Annotation> = {}): Annotation {
  return makeAnnotation({ ranges, textHash: HASH, ...overrides });
}

const moved = `Updated at noon. ${text}`;

describe('worstStatus', () => {
  it('ranks orphan over fuzzy over moved over exact', () => {
    expect(worstStatus(['exact', 'moved'])).toBe('moved');
    expect(worstStatus(['fuzzy', 'moved', 'exact'])).toBe('fuzzy');
    expect(worstStatus(['exact', 'orphan', 'fuzzy'])).toBe('orphan');
  });

  it('gives the fallback when there is nothing to rank', () => {
    expect(worstStatus([])).toBe('exact');
    expect(worstStatus([], 'orphan')).toBe('orphan');
  });
});

describe('reanchor', () => {
  it('returns the annotation itself when every range holds', () => {
    const stored = annotation([rangeOf(text, 'Lavrov met Kerry')]);
    const result = reanchor(stored, text, HASH);
    expect(result.status).toBe('exact');
    expect(result.placed).toBe(stored);
  });

  it('re-describes moved ranges and takes the new hash and the worst status', () => {
    const stored = annotation([rangeOf(text, 'Lavrov met Kerry'), rangeOf(text, 'Geneva')]);
    const result = reanchor(stored, moved, NEW_HASH);
    expect(result.status).toBe('moved');
    expect(result.placed).toEqual({
      ...stored,
      ranges: [rangeOf(moved, 'Lavrov met Kerry'), rangeOf(moved, 'Geneva')],
      textHash: NEW_HASH,
      status: 'moved',
    });
  });

  it('places nothing when a range is lost, and says so per range', () => {
    const stored = annotation([rangeOf(text, 'Lavrov met Kerry'), rangeOf(text, 'Geneva')]);
    const edited = moved.replace('Geneva', 'Vienna');
    const result = reanchor(stored, edited, NEW_HASH);
    expect(result.status).toBe('orphan');
    expect(result.placed).toBeNull();
    expect(result.anchors.map((anchor) => anchor.status)).toEqual(['moved', 'orphan']);
  });

  it('calls an annotation without ranges an orphan', () => {
    expect(reanchor(annotation([]), text, HASH).status).toBe('orphan');
  });
});

describe('anchorForReader and reanchorWrites', () => {
  it('writes a moved highlight at its new offsets with the new hash', () => {
    const stored = annotation([rangeOf(text, 'Geneva')]);
    const anchored = anchorForReader(stored, moved, NEW_HASH);
    expect(anchored).toEqual({
      annotation: stored,
      status: 'moved',
      ranges: [rangeOf(moved, 'Geneva')],
    });
    expect(reanchorWrites([anchored], NEW_HASH)).toEqual([
      { id: stored.id, ranges: [rangeOf(moved, 'Geneva')], status: 'moved', textHash: NEW_HASH },
    ]);
  });

  it('keeps a lost annotation as an orphan with its old ranges', () => {
    const stored = annotation([rangeOf(text, 'Geneva')]);
    const anchored = anchorForReader(stored, text.replace('Geneva', 'Vienna'), NEW_HASH);
    expect(anchored).toEqual({ annotation: stored, status: 'orphan', ranges: [] });
    expect(reanchorWrites([anchored], NEW_HASH)).toEqual([
      { id: stored.id, ranges: stored.ranges, status: 'orphan', textHash: HASH },
    ]);
  });

  it('writes nothing once the result is stored, and nothing for a fuzzy match', () => {
    const resaved = annotation([rangeOf(moved, 'Geneva')], { status: 'moved', textHash: NEW_HASH });
    const again = anchorForReader(resaved, moved, NEW_HASH);
    expect(again.status).toBe('moved');
    const orphan = annotation([rangeOf(text, 'Geneva')], { status: 'orphan' });
    const fuzzy = anchorForReader(
      annotation([rangeOf(text, 'comprehensive political dialogue')]),
      moved.replace('political', 'politcal'),
      NEW_HASH,
    );
    expect(fuzzy.status).toBe('fuzzy');
    const lostAgain = anchorForReader(orphan, text.replace('Geneva', 'Vienna'), NEW_HASH);
    expect(reanchorWrites([again, fuzzy, lostAgain], NEW_HASH)).toEqual([]);
  });
});

describe('ANCHOR_STATUS_LABELS', () => {
  it('names every status', () => {
    expect(ANCHOR_STATUS_LABELS).toEqual({
      exact: 'Anchored',
      moved: 'Moved',
      fuzzy: 'Approximate',
      orphan: 'Not found',
    });
  });
});
