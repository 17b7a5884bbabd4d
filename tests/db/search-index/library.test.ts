import { afterEach, expect, it, vi } from 'vitest';
import { createArticlesRepo } from '../../../src/db/articles-repo';
import type { GlossDB } from '../../../src/db/db';
import { readLibrary } from '../../../src/db/search-index/library';
import { combineArticles, documentArticle } from '../../../src/domain/corpus/article';
import { buildUserDocument } from '../../../src/domain/corpus';
import type { Article } from '../../../src/domain/corpus/types';
import { makeTestDb } from '../helpers';

const bundled: Article = {
  id: '001_bundled',
  file: '001.txt',
  title: 'A bundled article',
  source: 'Reuters',
  language: 'en',
  date: '2016-11-02',
  byline: null,
  wordCount: 3,
  byteLength: 20,
  textHash: 'hash-bundled',
  origin: 'bundled',
};

const databases: GlossDB[] = [];
afterEach(async () => {
  vi.unstubAllGlobals();
  for (const db of databases.splice(0)) await db.delete();
});

it('lists the library as the page does: bundled articles with their overrides, then the documents oldest first', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify({ version: 1, generatedAt: '', articles: [bundled] })),
      ),
    ),
  );
  const db = makeTestDb();
  databases.push(db);
  const repo = createArticlesRepo(db);
  const docs = await Promise.all(
    ['Second\n\nLater.\n', 'First\n\nEarlier.\n'].map((text, i) =>
      buildUserDocument(text, null, new Date(Date.UTC(2025, 0, 2 - i)), `doc-${i}`),
    ),
  );
  await repo.addMany(docs);
  await db.overrides.put({
    articleId: bundled.id,
    title: 'Its title, edited',
    updatedAt: new Date(0).toISOString(),
  });

  const listed = await readLibrary(db);
  expect(listed.map((a) => [a.id, a.title, a.textHash])).toEqual([
    [bundled.id, 'Its title, edited', 'hash-bundled'],
    ['doc-1', 'First', docs[1]?.sha256],
    ['doc-0', 'Second', docs[0]?.sha256],
  ]);
  expect(listed.slice(1)).toEqual(combineArticles([], (await repo.list()).map(documentArticle)));
});
