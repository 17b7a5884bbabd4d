import { useEffect, useState } from 'react';
import { Link, useNavigation, useSearchParams } from 'react-router';
import { SearchArticleResults } from '../components/search-article-results';
import { formatCount } from '../components/format';
import { StatusMessage } from '../components/status-message';
import { useSearch } from '../hooks/use-search';
import styles from './search.module.css';
import { annotationPath } from '../domain/annotation-link';

/** `/search?q=`: matches across every article's text and every note, with context. */
export function SearchRoute() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [draft, setDraft] = useState(query);
  // Results follow the typing at once (the worker answers a query in milliseconds); the URL
  // follows a moment after the last keystroke.
  const searched = draft.trim();
  const {
    loading,
    error,
    textResults,
    resultsQuery,
    stale,
    noteResults,
    articleCount,
    index,
    showMore,
  } = useSearch(searched);
  // A query from elsewhere (the header, a link) replaces the draft; the user's own typing stays.
  useEffect(() => setDraft((d) => (d.trim() === query ? d : query)), [query]);
  // Results follow the typing (the last word matches as a prefix); the URL keeps the query.
  // Leaving by a link (a result, the header's; by mouse or Enter) drops the pending URL update:
  // it would replace that navigation with this page's URL.
  const leaving = useNavigation().state !== 'idle';
  useEffect(() => {
    const next = draft.trim();
    if (next === query || leaving) return;
    const timer = window.setTimeout(
      () => setParams(next ? { q: next } : {}, { replace: true }),
      250,
    );
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a[href]'))
        window.clearTimeout(timer);
    };
    document.addEventListener('click', onClick, true);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('click', onClick, true);
    };
  }, [draft, query, setParams, leaving]);
  useEffect(() => {
    document.title = query ? `“${query}” · Search · Gloss` : 'Search · Gloss';
  }, [query]);

  return (
    <main className={styles.page} id="main">
      <h1>Search</h1>
      <form
        role="search"
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          setParams(draft.trim() ? { q: draft.trim() } : {});
        }}
      >
        <label htmlFor="search-page-input" className="visually-hidden">
          Search articles and notes
        </label>
        <input
          id="search-page-input"
          className="field"
          type="search"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="button button-primary">
          Search
        </button>
      </form>
      {error ? (
        <StatusMessage kind="error" title="Search could not read the articles." detail={error} />
      ) : null}
      {!searched ? (
        <p>
          Type words to find the articles and notes that hold all of them; put a phrase in “quotes”.
          Case and accents are ignored.
        </p>
      ) : loading ? (
        <StatusMessage kind="loading" title="Searching…" />
      ) : (
        <div aria-busy={stale} className={stale ? styles.stale : undefined}>
          <p role="status">
            {formatCount(articleCount, 'article')}, {formatCount(noteResults.length, 'note')}.
            {index?.state === 'indexing'
              ? ` Indexing ${index.indexed.toLocaleString('en')} of ${formatCount(index.total, 'article')}…`
              : ''}
          </p>
          {textResults.length > 0 ? (
            <section className={styles.section} aria-labelledby="in-articles">
              <h2 id="in-articles">In articles</h2>
              <SearchArticleResults results={textResults} query={resultsQuery} />
              {articleCount > textResults.length ? (
                <button type="button" className="button" onClick={showMore}>
                  Show more articles ({(articleCount - textResults.length).toLocaleString('en')}{' '}
                  more)
                </button>
              ) : null}
            </section>
          ) : null}
          {noteResults.length > 0 ? (
            <section className={styles.section} aria-labelledby="in-notes">
              <h2 id="in-notes">In notes</h2>
              <ul className={styles.results}>
                {noteResults.map((r) => (
                  <li key={r.annotation.id} className={styles.result}>
                    <h3>
                      <Link to={annotationPath(r.annotation.articleId, r.annotation.id)}>
                        {r.articleTitle}
                      </Link>
                    </h3>
                    <p className={styles.snippet}>
                      {r.before}
                      <mark>{r.match}</mark>
                      {r.after}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      )}
    </main>
  );
}
