import { useEffect, useMemo } from 'react';
import { combineArticles } from '../domain/corpus/article';
import type { Article, ParsedArticle } from '../domain/corpus/types';
import { useAppStore } from '../store';
import { prefetchArticleAnnotations } from '../store/article-annotations';
import { useBundledArticles, useImportedArticles, useOverrides } from './use-library';
import { useManifest } from './use-manifest';

export type ArticleState =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string; retry: () => void }
  | {
      status: 'ready';
      article: Article;
      text: string;
      parsed: ParsedArticle;
      previous: Article | null;
      next: Article | null;
    };

/**
 * One article by id, bundled or imported: its metadata, canonical text and parse, with its
 * neighbours in the library (bundled in manifest order, then the user's documents).
 */
export function useArticle(id: string): ArticleState {
  const { manifest, retry: retryManifest } = useManifest();
  const imported = useImportedArticles();
  const bundled = useBundledArticles(manifest, useOverrides());
  const entries = useMemo(
    () => combineArticles(bundled ?? [], imported ?? []),
    [bundled, imported],
  );
  const index = entries.findIndex((a) => a.id === id);
  const article = entries[index];
  const textState = useAppStore((s) => s.texts[id]);
  const loadText = useAppStore((s) => s.loadText);

  // The annotations are asked for with the text, not after it is on screen.
  useEffect(() => prefetchArticleAnnotations(id), [id]);
  useEffect(() => {
    if (article) void loadText(article);
  }, [article, loadText]);

  if (!article) {
    // A bundled article opens without waiting for the user's documents, and a document opens
    // even when the manifest could not be fetched.
    if (manifest.status === 'idle' || manifest.status === 'loading' || imported === undefined)
      return { status: 'loading' };
    if (manifest.status === 'error')
      return { status: 'error', message: manifest.message, retry: retryManifest };
    return { status: 'not-found' };
  }
  if (textState?.status === 'error') {
    return {
      status: 'error',
      message: textState.message,
      retry: () => void loadText(article, true),
    };
  }
  if (textState?.status !== 'ready') return { status: 'loading' };
  return {
    status: 'ready',
    article,
    text: textState.value.text,
    parsed: textState.value.parsed,
    previous: entries[index - 1] ?? null,
    next: entries[index + 1] ?? null,
  };
}
