import { describe, expect, vi } from 'vitest';
import { commitImport } from '../../src/commands/corpus-import';
import { articlesRepo, getDb } from '../../src/db';
import { textDraft } from '../../src/domain/corpus-import/draft';
import { planImport } from '../../src/domain/corpus-import/plan';
import { test } from './fixtures';

function drafts(count: number) {
  return Array.from({ length: count }, (_, index) =>
    textDraft(
      `Article ${index + 1}\r\nIts own text, number ${index + 1}.\r\n`,
      `a-${index + 1}.txt`,
    ),
  );
}

describe('committing an import', () => {
  test('stores every new article in order and says how many', async ({ toasts }) => {
    const plan = await planImport(drafts(120), []);
    const seen: number[] = [];
    const result = await commitImport(plan, { onProgress: (progress) => seen.push(progress.done) });
    expect(result.ok).toBe(true);
    expect((await articlesRepo.list()).map((record) => record.title).slice(0, 3)).toEqual([
      'Article 1',
      'Article 2',
      'Article 3',
    ]);
    expect(await articlesRepo.list()).toHaveLength(120);
    // Progress comes between slices of work (by time, so how often depends on the machine),
    // never backwards, and ends with all of them.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.slice(-2)).toEqual([120, 120]);
    expect(toasts()).toEqual(['Imported 120 articles.']);
  });

  test('a cancelled import leaves nothing behind', async () => {
    const plan = await planImport(drafts(120), []);
    const controller = new AbortController();
    const result = await commitImport(plan, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(result).toMatchObject({
      ok: false,
      cancelled: true,
      message: 'The import was cancelled; nothing was added.',
    });
    expect(await articlesRepo.list()).toEqual([]);
  });

  test('cancelled while its groups are being written, the transaction is aborted and nothing is stored', async () => {
    const plan = await planImport(drafts(250), []);
    const controller = new AbortController();
    // Cancel is pressed once the first group of texts has gone into the transaction.
    const table = Object.getPrototypeOf(getDb().texts) as {
      bulkPut: (...args: unknown[]) => unknown;
    };
    const bulkPut = table.bulkPut;
    const spy = vi.spyOn(table, 'bulkPut').mockImplementation(async function (
      this: unknown,
      ...args: unknown[]
    ) {
      const written: unknown = await bulkPut.apply(this, args);
      controller.abort();
      return written;
    });
    const result = await commitImport(plan, { signal: controller.signal });
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(result).toMatchObject({ ok: false, cancelled: true });
    expect(await articlesRepo.list()).toEqual([]);
    expect(await getDb().texts.count()).toBe(0);
  });

  test('one bad article fails the whole import, and nothing is stored', async () => {
    const plan = await planImport(drafts(60), []);
    const bad = plan.fresh[55]!;
    bad.metadata = [{ key: '', value: 'a value without a name' }];
    const result = await commitImport(plan);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/^Importing the articles failed: .*article 56 of 60/);
    expect(await articlesRepo.list()).toEqual([]);
  });
});
