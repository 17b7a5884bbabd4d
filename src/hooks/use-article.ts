import { useEffect, useMemo } from 'react';
import { parseArticle } from '../domain/corpus';
import type { ManifestEntry, ParsedArticle } from '../domain/corpus/types';
import { useAppStore } from '../store';
import { combineLibrary, useStoredDocuments, type LibraryOrigin } from './use-library';
import { useManifest } from './use-manifest';

export type ArticleState =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string; retry: () => void }
  | {
      status: 'ready';
      /** A bundled seed, or one of the user's own documents. */
      origin: LibraryOrigin;
      entry: ManifestEntry;
      text: string;
      parsed: ParsedArticle;
      previous: ManifestEntry | null;
      next: ManifestEntry | null;
    };

/**
 * One article by id, seed or user document: its entry, canonical text and
 * parse, with its neighbours in the library (seeds in manifest order, then the
 * user's documents). A seed's text is fetched; a document's comes from the database.
 */
export function useArticle(id: string): ArticleState {
  const { manifest, retry: retryManifest } = useManifest();
  const documents = useStoredDocuments();
  const seeds = manifest.status === 'ready' ? manifest.value.articles : null;
  const seed = seeds?.find((a) => a.id === id);
  const entries = useMemo(() => combineLibrary(seeds ?? [], documents ?? []), [seeds, documents]);
  const index = entries.findIndex((a) => a.id === id);
  const entry = entries[index];
  const record = entry?.origin === 'user' ? documents?.find((d) => d.id === id) : undefined;
  const textState = useAppStore((s) => s.texts[id]);
  const loadSeedText = useAppStore((s) => s.loadSeedText);

  // Keyed on the text, not the record: another document changing must not re-parse this one.
  const documentText = record?.text;
  const documentFile = record?.file;
  const documentTitle = record?.title;
  const documentParse = useMemo(
    () =>
      documentText === undefined || documentTitle === undefined
        ? null
        : // The stored title is what the library shows; the reader shows the same.
          {
            ...parseArticle(
              documentText,
              documentFile === undefined ? {} : { fileName: documentFile },
            ),
            title: documentTitle,
          },
    [documentText, documentFile, documentTitle],
  );

  useEffect(() => {
    if (seed) void loadSeedText(seed.id, seed.file);
  }, [seed, loadSeedText]);

  if (manifest.status === 'idle' || manifest.status === 'loading') return { status: 'loading' };
  if (manifest.status === 'error' && !record) {
    if (documents === undefined) return { status: 'loading' };
    return { status: 'error', message: manifest.message, retry: retryManifest };
  }
  // A seed opens without waiting for the user's documents: they only add neighbours after the last seed.
  if (!entry) return documents === undefined ? { status: 'loading' } : { status: 'not-found' };
  const previous = entries[index - 1] ?? null;
  const next = entries[index + 1] ?? null;
  if (record && documentParse) {
    return {
      status: 'ready',
      origin: 'user',
      entry,
      text: record.text,
      parsed: documentParse,
      previous,
      next,
    };
  }
  if (!seed) return { status: 'not-found' };
  if (textState?.status === 'error') {
    return {
      status: 'error',
      message: textState.message,
      retry: () => void loadSeedText(seed.id, seed.file, true),
    };
  }
  if (textState?.status !== 'ready') return { status: 'loading' };
  return {
    status: 'ready',
    origin: 'seed',
    entry: seed,
    text: textState.value.text,
    parsed: textState.value.parsed,
    previous,
    next,
  };
}
