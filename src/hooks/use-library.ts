import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { articlesRepo } from '../db';
import { combineArticles, documentArticle } from '../domain/corpus/article';
import type { Article } from '../domain/corpus/types';
import type { DocumentMeta } from '../domain/model';
import { useManifest } from './use-manifest';

export type LibraryState =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry: () => void }
  | { status: 'ready'; entries: Article[] };

/** The user's documents, oldest first, live; undefined while loading. */
export function useStoredDocuments(): DocumentMeta[] | undefined {
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

/** The user's documents as Articles, live; undefined while loading. */
export function useImportedArticles(): Article[] | undefined {
  const documents = useStoredDocuments();
  return useMemo(() => documents?.map(documentArticle), [documents]);
}

/** The whole library, live: the bundled articles, then the user's documents. */
export function useLibrary(): LibraryState {
  const { manifest, retry } = useManifest();
  const imported = useImportedArticles();
  const bundled = manifest.status === 'ready' ? manifest.value.articles : null;
  const entries = useMemo(
    () => (bundled && imported ? combineArticles(bundled, imported) : null),
    [bundled, imported],
  );
  if (manifest.status === 'error') return { status: 'error', message: manifest.message, retry };
  if (!entries) return { status: 'loading' };
  return { status: 'ready', entries };
}
