import { lazy, Suspense, useMemo, useState } from 'react';
import { ArticleCard } from '../components/article-card';
import { formatCount } from '../components/format';
import { ImportArticlesLauncher } from '../components/import-articles-launcher';
import { StatusMessage } from '../components/status-message';
import { UserDocumentCard } from '../components/user-document-card';
import type { Article } from '../domain/corpus/types';
import { arrangeLibrary, type LibrarySortKey } from '../domain/library';
import { useAnnotationCounts } from '../hooks/use-annotations';
import { useLibrary } from '../hooks/use-library';
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

const sortLabels: Record<LibrarySortKey, string> = {
  title: 'Title',
  date: 'Date (newest first)',
  outlet: 'Outlet',
};

/**
 * `/`: every article as a card (the bundled seeds and the user's own
 * documents), with a filter, a sort order, and "Add document".
 */
export function LibraryRoute() {
  const library = useLibrary();
  const sort = useAppStore((s) => s.librarySort);
  const filter = useAppStore((s) => s.libraryFilter);
  const setSort = useAppStore((s) => s.setLibrarySort);
  const setFilter = useAppStore((s) => s.setLibraryFilter);
  const counts = useAnnotationCounts();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Article | null>(null);
  const articles = library.status === 'ready' ? library.entries : null;
  const shown = useMemo(
    () => (articles ? arrangeLibrary(articles, filter, sort) : []),
    [articles, filter, sort],
  );

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
      ) : !articles ? (
        <StatusMessage kind="loading" title="Loading the library…" />
      ) : (
        <>
          <div className={styles.controls}>
            <label className={`${styles.control} ${styles.grow}`}>
              Filter articles
              <input
                className="field"
                type="search"
                value={filter}
                placeholder="Title, outlet, byline or language"
                onChange={(e) => setFilter(e.target.value)}
              />
            </label>
            <label className={styles.control}>
              Sort by
              <select
                className="field"
                value={sort}
                onChange={(e) => setSort(e.target.value as LibrarySortKey)}
              >
                {Object.entries(sortLabels).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p role="status" className={styles.count}>
            {filter.trim() ? `${shown.length} of ${articles.length} articles` : ''}
          </p>
          {articles.length === 0 ? (
            <StatusMessage kind="empty" title="The library is empty." />
          ) : shown.length === 0 ? (
            <StatusMessage kind="empty" title={`No article matches “${filter}”.`}>
              <button type="button" className="button" onClick={() => setFilter('')}>
                Clear filter
              </button>
            </StatusMessage>
          ) : (
            <ul className={styles.grid} aria-label="Articles">
              {shown.map((entry) => (
                <li key={entry.id}>
                  {entry.origin === 'imported' ? (
                    <UserDocumentCard
                      entry={entry}
                      annotationCount={counts[entry.id] ?? 0}
                      onDelete={setDeleting}
                    />
                  ) : (
                    <ArticleCard entry={entry} annotationCount={counts[entry.id] ?? 0} />
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}
