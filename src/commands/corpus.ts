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

/**
 * The given articles with their texts, for an export or an import's comparison: the texts this
 * session has read come from the store, the user's documents' in one read of the database, the
 * bundled ones through the store. Not one store update per text: ten thousand of those copy the
 * store's map each time, and parse every text for reading.
 */
export async function withTexts(articles: readonly Article[]): Promise<ArticleWithText[]> {
  const cached = useAppStore.getState().texts;
  const cachedText = (article: Article) => {
    const state = cached[article.id];
    return state?.status === 'ready' ? state.value.text : undefined;
  };
  const unread = articles.filter((a) => a.origin === 'imported' && cachedText(a) === undefined);
  const read = await articlesRepo.getTexts(unread.map((a) => a.id));
  const stored = new Map(unread.map((article, i) => [article.id, read[i]]));
  return Promise.all(
    articles.map(async (article) => {
      const text =
        cachedText(article) ??
        (article.origin === 'imported' ? stored.get(article.id) : await textOf(article));
      if (text === undefined)
        throw new Error(`The text of “${article.title}” could not be loaded.`);
      return { ...article, text };
    }),
  );
}
