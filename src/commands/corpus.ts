import { articlesRepo } from '../db';
import { listOverrides } from '../db/overrides-read';
import { applyOverrides } from '../domain/corpus/overrides';
import { combineArticles, documentArticle } from '../domain/corpus/article';
import type { Article, ArticleWithText } from '../domain/corpus/types';
import { useAppStore } from '../store';

/*
 * The one way to get articles and their texts outside the reader (docs/architecture.md
 * "Articles"): metadata from the manifest and the documents table, a text only when asked for,
 * read once per session through the store's cache.
 */

/** Every article this device knows, in library order: bundled, then the user's documents. */
export async function listArticles(): Promise<Article[]> {
  await useAppStore.getState().loadManifest();
  const manifest = useAppStore.getState().manifest;
  if (manifest.status !== 'ready')
    throw new Error('The library could not be loaded, so its articles are missing.');
  const [documents, overrides] = await Promise.all([articlesRepo.list(), listOverrides()]);
  return combineArticles(
    applyOverrides(manifest.value.articles, overrides),
    documents.map(documentArticle),
  );
}

/** The canonical text of one article. */
export async function textOf(article: Article): Promise<string> {
  await useAppStore.getState().loadText(article);
  const state = useAppStore.getState().texts[article.id];
  if (state?.status !== 'ready')
    throw new Error(`The text of “${article.title}” could not be loaded.`);
  return state.value.text;
}

/** The given articles with their texts. */
export function withTexts(articles: readonly Article[]): Promise<ArticleWithText[]> {
  return Promise.all(
    articles.map(async (article) => ({ ...article, text: await textOf(article) })),
  );
}
