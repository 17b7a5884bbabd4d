import type { SearchIndexClient } from '../db/search-index/client';
import type { Article } from '../domain/corpus/types';
import { listArticles } from './corpus';

/**
 * Brings the search index in line with the library (new and changed articles are indexed,
 * removed ones dropped) and gives the library it was synced with, for titles.
 */
export async function syncSearchIndex(index: SearchIndexClient): Promise<Article[]> {
  const articles = await listArticles();
  void index.sync(articles);
  return articles;
}
