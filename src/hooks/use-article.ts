import { useEffect } from 'react';
import type { ManifestEntry, ParsedArticle } from '../domain/corpus/types';
import { useAppStore } from '../store';
import { useManifest } from './use-manifest';

export type ArticleState =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string; retry: () => void }
  | {
      status: 'ready';
      entry: ManifestEntry;
      text: string;
      parsed: ParsedArticle;
      previous: ManifestEntry | null;
      next: ManifestEntry | null;
    };

/** One article by id: its manifest entry, canonical text and parse, with its neighbours in the library. */
export function useArticle(id: string): ArticleState {
  const { manifest, retry: retryManifest } = useManifest();
  const articles = manifest.status === 'ready' ? manifest.value.articles : null;
  const index = articles ? articles.findIndex((a) => a.id === id) : -1;
  const entry = articles && index >= 0 ? articles[index] : undefined;
  const textState = useAppStore((s) => s.texts[id]);
  const loadSeedText = useAppStore((s) => s.loadSeedText);

  useEffect(() => {
    if (entry) void loadSeedText(entry.id, entry.file);
  }, [entry, loadSeedText]);

  if (manifest.status === 'error')
    return { status: 'error', message: manifest.message, retry: retryManifest };
  if (!articles) return { status: 'loading' };
  if (!entry) return { status: 'not-found' };
  if (textState?.status === 'error') {
    return {
      status: 'error',
      message: textState.message,
      retry: () => void loadSeedText(entry.id, entry.file, true),
    };
  }
  if (textState?.status !== 'ready') return { status: 'loading' };
  return {
    status: 'ready',
    entry,
    text: textState.value.text,
    parsed: textState.value.parsed,
    previous: articles[index - 1] ?? null,
    next: articles[index + 1] ?? null,
  };
}
