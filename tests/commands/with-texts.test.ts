import { describe, expect, vi } from 'vitest';
import { withTexts } from '../../src/commands/corpus';
import { commitImport } from '../../src/commands/corpus-import';
import { articlesRepo, getDb } from '../../src/db';
import { documentArticle } from '../../src/domain/corpus/article';
import { textDraft } from '../../src/domain/corpus-import/draft';
import { planImport } from '../../src/domain/corpus-import/plan';
import { useAppStore } from '../../src/store';
import { test } from './fixtures';

async function stored(count: number) {
  const plan = await planImport(
    Array.from({ length: count }, (_, i) =>
      textDraft(`Article ${i}\n\nText ${i}.\n`, `a-${i}.txt`),
    ),
    [],
  );
  expect((await commitImport(plan)).ok).toBe(true);
  return (await articlesRepo.list()).map(documentArticle);
}

describe('articles with their texts, for an export or an import', () => {
  test('reads the documents’ texts in one read, without a store update per text', async ({
    toasts,
  }) => {
    const articles = await stored(300);
    const reads = vi.spyOn(getDb().texts, 'bulkGet');
    const loads = vi.spyOn(useAppStore.getState(), 'loadText');
    let updates = 0;
    const stop = useAppStore.subscribe(() => (updates += 1));
    try {
      const texts = await withTexts(articles);
      expect(texts.map((a) => a.text)).toEqual(
        articles.map((a) => `${a.title}\n\nText ${a.title.slice(8)}.\n`),
      );
      expect(texts.map((a) => a.id)).toEqual(articles.map((a) => a.id));
    } finally {
      stop();
    }
    expect(reads).toHaveBeenCalledTimes(1);
    expect(loads).not.toHaveBeenCalled();
    expect(updates).toBe(0);
    expect(toasts()).toEqual(['Imported 300 articles.']);
  });

  test('says which article’s text is missing', async () => {
    const [first, second] = await stored(2);
    await getDb().texts.delete(second!.id);
    await expect(withTexts([first!, second!])).rejects.toThrow(
      `The text of “${second!.title}” could not be loaded.`,
    );
  });
});
