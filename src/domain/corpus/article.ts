import type { DocumentMeta, DocumentRecord } from '../model';
import type { Article, ArticleWithText } from './types';

/** A stored document as the app reads it: an imported Article. */
export function documentArticle(record: DocumentMeta): Article {
  return {
    id: record.id,
    file: record.file,
    title: record.title,
    source: record.source,
    language: record.language,
    date: record.date,
    byline: record.byline,
    wordCount: record.wordCount,
    byteLength: record.byteLength,
    textHash: record.sha256,
    origin: 'imported',
    ...(record.url !== undefined ? { url: record.url } : {}),
  };
}

/** A stored document with its text. */
export function documentWithText(record: DocumentRecord): ArticleWithText {
  return { ...documentArticle(record), text: record.text };
}

/**
 * Bundled articles and the user's documents as one list, in reading order: the bundled ones as
 * the manifest lists them, then the documents oldest first. A document can never shadow a
 * bundled article: one whose id a bundled article uses is left out.
 */
export function combineArticles<A extends Article>(
  bundled: readonly A[],
  imported: readonly A[],
): A[] {
  const ids = new Set(bundled.map((article) => article.id));
  return [...bundled, ...imported.filter((article) => !ids.has(article.id))];
}
