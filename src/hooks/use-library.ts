import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { articlesRepo } from '../db/articles-repo';
import { listOverrides } from '../db/overrides-read';
import { applyOverrides } from '../domain/corpus/overrides';
import { combineArticles, documentArticle } from '../domain/corpus/article';
import type { Article } from '../domain/corpus/types';
import type { DocumentMeta, MetadataOverride } from '../domain/model';
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

/** The user's edits to bundled articles' metadata, live; undefined while loading. */
export function useOverrides(): MetadataOverride[] | undefined {
  return useLiveQuery(
    () =>
      listOverrides().catch((error: unknown) => {
        console.error('Gloss: your edits of article details could not be read', error);
        return [];
      }),
    [],
  );
}

/** The bundled articles with the user's metadata edits; null until the manifest is read. */
export function useBundledArticles(
  manifest: ReturnType<typeof useManifest>['manifest'],
  overrides: readonly MetadataOverride[] | undefined,
): readonly Article[] | null {
  const bundled = manifest.status === 'ready' ? manifest.value.articles : null;
  return useMemo(
    () => (bundled ? applyOverrides(bundled, overrides ?? []) : null),
    [bundled, overrides],
  );
}

/** The whole library, live: the bundled articles (with the user's edits), then the user's documents. */
export function useLibrary(): LibraryState {
  const { manifest, retry } = useManifest();
  const imported = useImportedArticles();
  const overrides = useOverrides();
  const bundled = useBundledArticles(manifest, overrides);
  const entries = useMemo(
    () => (bundled && imported && overrides ? combineArticles(bundled, imported) : null),
    [bundled, imported, overrides],
  );
  if (manifest.status === 'error') return { status: 'error', message: manifest.message, retry };
  if (!entries) return { status: 'loading' };
  return { status: 'ready', entries };
}
