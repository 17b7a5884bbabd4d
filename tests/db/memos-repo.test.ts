import { describe, expect } from 'vitest';
import { dbTest as test } from '../helpers/db-fixtures';
import { QuotaError, ValidationError } from '../../src/db/errors';
import { MAX_MEMO_LENGTH } from '../../src/domain/validation';
import { snapshot } from './helpers';

const seedId = '000_df97716ef8399177';

describe('memos repo (a note on a whole article)', () => {
  test('has no memo for an article until one is set', async ({ memos }) => {
    expect(await memos.get(seedId)).toBeUndefined();
    expect(await memos.list()).toEqual([]);
  });

  test('stores a memo exactly as typed and reads it back', async ({ memos }) => {
    const text = '  SANA frames it as **vindication**.\r\n<script>not markup</script>  ';
    const stored = await memos.set(seedId, text);
    expect(stored).toEqual({ articleId: seedId, text, updatedAt: '2025-06-01T12:00:00.000Z' });
    expect(await memos.get(seedId)).toEqual(stored);
  });

  test('replaces the memo and its time on a change, but not when the text is the same', async ({
    clock,
    memos,
  }) => {
    await memos.set(seedId, 'first');
    clock.now = new Date('2025-06-02T08:00:00.000Z');
    expect((await memos.set(seedId, 'first'))?.updatedAt).toBe('2025-06-01T12:00:00.000Z');
    expect(await memos.set(seedId, 'second')).toEqual({
      articleId: seedId,
      text: 'second',
      updatedAt: '2025-06-02T08:00:00.000Z',
    });
  });

  test('deletes the memo when the text is emptied (or only whitespace)', async ({ memos }) => {
    await memos.set(seedId, 'a memo');
    expect(await memos.set(seedId, '')).toBeNull();
    expect(await memos.get(seedId)).toBeUndefined();
    await memos.set(seedId, 'again');
    expect(await memos.set(seedId, ' \n\t')).toBeNull();
    expect(await memos.list()).toEqual([]);
    expect(await memos.set('doc-never-had-one', '')).toBeNull();
  });

  test('lists every memo, one per article', async ({ memos }) => {
    await memos.set('doc-b', 'B');
    await memos.set(seedId, 'seed');
    await memos.set('doc-b', 'B again');
    expect((await memos.list()).map((memo) => [memo.articleId, memo.text])).toEqual([
      ['000_df97716ef8399177', 'seed'],
      ['doc-b', 'B again'],
    ]);
  });

  test('refuses an empty article id and an over-long memo, and writes nothing', async ({
    memos,
  }) => {
    await expect(memos.set('', 'text')).rejects.toBeInstanceOf(ValidationError);
    await expect(memos.set(seedId, 'x'.repeat(MAX_MEMO_LENGTH + 1))).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'text',
    });
    expect(await memos.list()).toEqual([]);
  });

  test('keeps the old memo when the disk is full', async ({ db, failure, memos }) => {
    await memos.set(seedId, 'old');
    const before = await snapshot(db);
    failure.arm(1);
    await expect(memos.set(seedId, 'new')).rejects.toBeInstanceOf(QuotaError);
    expect(await snapshot(db)).toEqual(before);
  });
});
