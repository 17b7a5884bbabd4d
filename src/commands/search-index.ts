import { getDb, openDb } from '../db/db';
import type { SearchIndexClient } from '../db/search-index/client';
import type { Article } from '../domain/corpus/types';
import { listArticles } from './corpus';

/**
 * Brings the search index in line with the library (new and changed articles are indexed,
 * removed ones dropped) and gives the library it was synced with, for titles.
 */
export async function syncSearchIndex(index: SearchIndexClient): Promise<Article[]> {
  // The worker reads the texts from the app's database itself; in memory mode it cannot.
  const mode = await openDb().catch(() => 'memory');
  const dbName = mode === 'indexeddb' ? getDb().name : null;
  void index.open(dbName).catch(() => {});
  const articles = await listArticles();
  void index.sync(articles, dbName);
  return articles;
}
