import { useMemo } from 'react';
import { ArticleCard } from '../components/article-card';
import { formatCount } from '../components/format';
import { StatusMessage } from '../components/status-message';
import { arrangeLibrary } from '../domain/library';
import { useAnnotationCounts } from '../hooks/use-annotations';
import { useManifest } from '../hooks/use-manifest';
import { useAppStore, type LibrarySort } from '../store';
import styles from './library.module.css';

const sortLabels: Record<LibrarySort, string> = {
  title: 'Title',
  date: 'Date (newest first)',
  outlet: 'Outlet',
};

/** `/`: every article as a card, with a filter and a sort order. */
export function LibraryRoute() {
  const { manifest, retry } = useManifest();
  const sort = useAppStore((s) => s.librarySort);
  const filter = useAppStore((s) => s.libraryFilter);
  const setSort = useAppStore((s) => s.setLibrarySort);
  const setFilter = useAppStore((s) => s.setLibraryFilter);
  const counts = useAnnotationCounts();
  const articles = manifest.status === 'ready' ? manifest.value.articles : null;
  const shown = useMemo(
    () => (articles ? arrangeLibrary(articles, filter, sort) : []),
    [articles, filter, sort],
  );

  return (
    <main className={styles.page} id="main">
      <div className={styles.heading}>
        <h1>Library</h1>
        {articles ? (
          <p className={styles.summary}>{formatCount(articles.length, 'article')}</p>
        ) : null}
      </div>
      {manifest.status === 'error' ? (
        <StatusMessage
          kind="error"
          title="The library could not be loaded."
          detail={manifest.message}
          onRetry={retry}
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
                onChange={(e) => setSort(e.target.value as LibrarySort)}
              >
                {Object.entries(sortLabels).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          </div>
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
                  <ArticleCard entry={entry} annotationCount={counts[entry.id] ?? 0} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}
