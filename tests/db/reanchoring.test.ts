import { describe, expect } from 'vitest';
import { QuotaError } from '../../src/db/errors';
import { anchorForReader } from '../../src/domain/anchoring';
import { describeRange } from '../../src/domain/anchoring/describe';
import type { TextRange } from '../../src/domain/model';
import { dbTest as test } from '../helpers/db-fixtures';
import { makeAnnotation, snapshot, TEXT_HASH } from './helpers';

const text = 'Lavrov met Kerry in Geneva. They spoke of a political dialogue.';
const edited = `Updated at noon. ${text.replace('Geneva', 'Vienna')}`;
const NEW_HASH = 'b'.repeat(64);

function rangeOf(source: string, quote: string): TextRange {
  const start = source.indexOf(quote);
  return describeRange(source, start, start + quote.length);
}

describe('annotationsRepo.saveReanchoring', () => {
  test('stores moved ranges with the new hash and new orphans, and nothing else', async ({
    annotations,
    clock,
  }) => {
    const moving = await annotations.create(
      makeAnnotation({ ranges: [rangeOf(text, 'Lavrov met Kerry')] }),
    );
    const lost = await annotations.create(makeAnnotation({ ranges: [rangeOf(text, 'Geneva')] }));
    clock.now = new Date('2025-07-01T00:00:00.000Z');
    const anchored = [moving, lost].map((a) => anchorForReader(a, edited, NEW_HASH));

    expect(await annotations.saveReanchoring(anchored, NEW_HASH)).toBe(2);

    expect(await annotations.get(moving.id)).toEqual({
      ...moving,
      ranges: [rangeOf(edited, 'Lavrov met Kerry')],
      status: 'moved',
      textHash: NEW_HASH,
    });
    expect(await annotations.get(lost.id)).toEqual({ ...lost, status: 'orphan' });
  });

  test('writes nothing when anchoring again finds what is stored', async ({ annotations, db }) => {
    const stored = await annotations.create(makeAnnotation({ ranges: [rangeOf(text, 'Kerry')] }));
    await annotations.saveReanchoring([anchorForReader(stored, edited, NEW_HASH)], NEW_HASH);
    const resaved = (await annotations.get(stored.id))!;
    const before = await snapshot(db);
    const again = [anchorForReader(resaved, edited, NEW_HASH)];
    expect(await annotations.saveReanchoring(again, NEW_HASH)).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });

  test('passes over an annotation deleted since it was anchored', async ({ annotations }) => {
    const kept = await annotations.create(makeAnnotation({ ranges: [rangeOf(text, 'Kerry')] }));
    const gone = await annotations.create(makeAnnotation({ ranges: [rangeOf(text, 'Lavrov')] }));
    const anchored = [kept, gone].map((a) => anchorForReader(a, edited, NEW_HASH));
    await annotations.remove(gone.id);
    expect(await annotations.saveReanchoring(anchored, NEW_HASH)).toBe(1);
    expect((await annotations.get(kept.id))?.textHash).toBe(NEW_HASH);
    expect(await annotations.get(gone.id)).toBeUndefined();
  });

  test('rejects with the real error and writes nothing when the disk is full', async ({
    annotations,
    db,
    failure,
  }) => {
    const first = await annotations.create(makeAnnotation({ ranges: [rangeOf(text, 'Kerry')] }));
    const second = await annotations.create(makeAnnotation({ ranges: [rangeOf(text, 'Geneva')] }));
    const anchored = [first, second].map((a) => anchorForReader(a, edited, NEW_HASH));
    const before = await snapshot(db);
    failure.arm();
    await expect(annotations.saveReanchoring(anchored, NEW_HASH)).rejects.toBeInstanceOf(
      QuotaError,
    );
    expect(await snapshot(db)).toEqual(before);
    expect((await annotations.get(first.id))?.textHash).toBe(TEXT_HASH);
  });
});
