import { getDb, openDb } from '../db/db';
import type { SearchIndexClient } from '../db/search-index/client';
import { listArticles } from './corpus';

/**
 * Brings the search index in line with the library (new and changed articles are indexed,
 * removed ones dropped). The worker reads the library and the texts from the app's database
 * itself; in memory mode it cannot, and they are read here and sent.
 */
export async function syncSearchIndex(index: SearchIndexClient): Promise<void> {
  const mode = await openDb().catch(() => 'memory');
  const dbName = mode === 'indexeddb' ? getDb().name : null;
  void index.open(dbName).catch(() => {});
  void index.sync(dbName === null ? await listArticles() : null, dbName);
}
