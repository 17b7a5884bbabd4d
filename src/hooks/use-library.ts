import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { articlesRepo } from '../db';
import type { ManifestEntry } from '../domain/corpus/types';
import type { StoredArticle } from '../domain/model';
import { useManifest } from './use-manifest';

/** Where a library entry comes from: the bundled corpus, or the user's own documents. */
export type LibraryOrigin = 'seed' | 'user';

/** A manifest entry of the library, seed or user document (without its text). */
export interface LibraryEntry extends ManifestEntry {
  origin: LibraryOrigin;
}

export type LibraryState =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry: () => void }
  | { status: 'ready'; entries: LibraryEntry[] };

/** A stored document as a library entry: the manifest fields, without the text. */
export function documentEntry(article: StoredArticle): LibraryEntry {
  const { text: _text, createdAt: _createdAt, ...entry } = article;
  return { ...entry, origin: 'user' };
}

/** The user's documents, oldest first, live; undefined while loading. */
export function useStoredDocuments(): StoredArticle[] | undefined {
  return useLiveQuery(
    () =>
      articlesRepo.list().catch((error: unknown) => {
        // The storage banner explains a broken database; the seeds stay readable.
        console.error('Gloss: your documents could not be read', error);
        return [];
      }),
    [],
  );
}

/**
 * Seeds and user documents as one list, in reading order: the bundled
 * articles as the manifest lists them, then the user's documents oldest
 * first. A document whose id a seed already uses is left out.
 */
export function combineLibrary(
  seeds: readonly ManifestEntry[],
  documents: readonly StoredArticle[],
): LibraryEntry[] {
  const seedIds = new Set(seeds.map((seed) => seed.id));
  return [
    ...seeds.map((seed): LibraryEntry => ({ ...seed, origin: 'seed' })),
    ...documents.filter((document) => !seedIds.has(document.id)).map(documentEntry),
  ];
}

/** The whole library, live: manifest seeds plus the user's documents. */
export function useLibrary(): LibraryState {
  const { manifest, retry } = useManifest();
  const documents = useStoredDocuments();
  const seeds = manifest.status === 'ready' ? manifest.value.articles : null;
  const entries = useMemo(
    () => (seeds && documents ? combineLibrary(seeds, documents) : null),
    [seeds, documents],
  );
  if (manifest.status === 'error') return { status: 'error', message: manifest.message, retry };
  if (!entries) return { status: 'loading' };
  return { status: 'ready', entries };
}
