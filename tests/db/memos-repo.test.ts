import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GlossDB } from '../../src/db/db';
import { QuotaError, ValidationError } from '../../src/db/errors';
import { createMemosRepo, type MemosRepo } from '../../src/db/memos-repo';
import { MAX_MEMO_LENGTH } from '../../src/domain/validation';
import { installWriteFailure, makeTestDb, snapshot } from './helpers';

let db: GlossDB;
let memos: MemosRepo;
let clockTime: Date;
let failure: ReturnType<typeof installWriteFailure>;

beforeEach(() => {
  db = makeTestDb();
  failure = installWriteFailure(db);
  clockTime = new Date('2025-06-01T12:00:00.000Z');
  memos = createMemosRepo(db, { clock: () => clockTime });
});

afterEach(async () => {
  await db.delete();
});

const seedId = '000_df97716ef8399177';

describe('memos repo (a note on a whole article)', () => {
  it('has no memo for an article until one is set', async () => {
    expect(await memos.get(seedId)).toBeUndefined();
    expect(await memos.list()).toEqual([]);
  });

  it('stores a memo exactly as typed and reads it back', async () => {
    const text = '  SANA frames it as **vindication**.\r\n<script>not markup</script>  ';
    const stored = await memos.set(seedId, text);
    expect(stored).toEqual({ articleId: seedId, text, updatedAt: '2025-06-01T12:00:00.000Z' });
    expect(await memos.get(seedId)).toEqual(stored);
  });

  it('replaces the memo and its time on a change, but not when the text is the same', async () => {
    await memos.set(seedId, 'first');
    clockTime = new Date('2025-06-02T08:00:00.000Z');
    expect((await memos.set(seedId, 'first'))?.updatedAt).toBe('2025-06-01T12:00:00.000Z');
    expect(await memos.set(seedId, 'second')).toEqual({
      articleId: seedId,
      text: 'second',
      updatedAt: '2025-06-02T08:00:00.000Z',
    });
  });

  it('deletes the memo when the text is emptied (or only whitespace)', async () => {
    await memos.set(seedId, 'a memo');
    expect(await memos.set(seedId, '')).toBeNull();
    expect(await memos.get(seedId)).toBeUndefined();
    await memos.set(seedId, 'again');
    expect(await memos.set(seedId, ' \n\t')).toBeNull();
    expect(await memos.list()).toEqual([]);
    expect(await memos.set('doc-never-had-one', '')).toBeNull();
  });

  it('lists every memo, one per article', async () => {
    await memos.set('doc-b', 'B');
    await memos.set(seedId, 'seed');
    await memos.set('doc-b', 'B again');
    expect((await memos.list()).map((memo) => [memo.articleId, memo.text])).toEqual([
      ['000_df97716ef8399177', 'seed'],
      ['doc-b', 'B again'],
    ]);
  });

  it('refuses an empty article id and an over-long memo, and writes nothing', async () => {
    await expect(memos.set('', 'text')).rejects.toBeInstanceOf(ValidationError);
    await expect(memos.set(seedId, 'x'.repeat(MAX_MEMO_LENGTH + 1))).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'text',
    });
    expect(await memos.list()).toEqual([]);
  });

  it('keeps the old memo when the disk is full', async () => {
    await memos.set(seedId, 'old');
    const before = await snapshot(db);
    failure.arm(1);
    await expect(memos.set(seedId, 'new')).rejects.toBeInstanceOf(QuotaError);
    expect(await snapshot(db)).toEqual(before);
  });
});
