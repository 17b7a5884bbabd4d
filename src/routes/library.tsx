import { lazy, Suspense, useState } from 'react';
import { formatCount } from '../components/format';
import { ImportArticlesLauncher } from '../components/import-articles-launcher';
import { StatusMessage } from '../components/status-message';
import type { Article } from '../domain/corpus/types';
import { useAnnotationCounts } from '../hooks/use-annotations';
import { useLibrary } from '../hooks/use-library';
import { track, useSettled } from '../hooks/use-settled';
import { useAppStore } from '../store';
import styles from './library.module.css';

// The dialogs load when first opened: the library is the first screen (scripts/check-bundle.ts).
const AddDocumentDialog = lazy(() =>
  import('../components/add-document-dialog').then((m) => ({ default: m.AddDocumentDialog })),
);
const DeleteDocumentDialog = lazy(() =>
  import('../components/delete-document-dialog').then((m) => ({
    default: m.DeleteDocumentDialog,
  })),
);
// The list, its facets and selection load beside the articles (started with this module, so
// it arrives while the manifest and the documents are read), and render without a Suspense
// boundary the moment both are there (use-settled.ts).
const browser = track(import('../components/library-browser'));

/**
 * `/`: every article (the bundled seeds and the user's own documents), with a filter, facets, a
 * sort order, "Add document" and "Import articles".
 */
export function LibraryRoute() {
  const library = useLibrary();
  const setFilter = useAppStore((s) => s.setLibraryFilter);
  const counts = useAnnotationCounts();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Article | null>(null);
  const articles = library.status === 'ready' ? library.entries : null;
  const LibraryBrowser = useSettled(browser)?.LibraryBrowser;

  return (
    <main className={styles.page} id="main">
      <div className={styles.heading}>
        <h1>Library</h1>
        <div className={styles.headingEnd}>
          {articles ? (
            <p className={styles.summary}>{formatCount(articles.length, 'article')}</p>
          ) : null}
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Add document
          </button>
          <ImportArticlesLauncher onImported={() => setFilter('')} />
        </div>
      </div>
      <Suspense fallback={null}>
        {adding ? (
          <AddDocumentDialog
            onClose={() => setAdding(false)}
            onAdded={() => {
              // A filter could hide what was just added.
              setFilter('');
              setAdding(false);
            }}
          />
        ) : null}
        {deleting ? (
          <DeleteDocumentDialog
            entry={deleting}
            annotationCount={counts[deleting.id] ?? 0}
            onClose={() => setDeleting(null)}
          />
        ) : null}
      </Suspense>
      {library.status === 'error' ? (
        <StatusMessage
          kind="error"
          title="The library could not be loaded."
          detail={library.message}
          onRetry={library.retry}
        />
      ) : !articles || !LibraryBrowser ? (
        <StatusMessage kind="loading" title="Loading the library…" />
      ) : (
        <LibraryBrowser articles={articles} counts={counts} onDelete={setDeleting} />
      )}
    </main>
  );
}
