import { memo } from 'react';
import { Link } from 'react-router';
import type { ArticleResult } from '../domain/search/search';
import styles from './search-article-results.module.css';

function readerLink(articleId: string, query: string, hit?: number): string {
  const params = new URLSearchParams({ q: query });
  if (hit !== undefined) params.set('hit', String(hit));
  return `/articles/${encodeURIComponent(articleId)}?${params.toString()}`;
}

interface Props {
  results: readonly ArticleResult[];
  /** The query the results are for (the reader marks its hits). */
  query: string;
}

/**
 * The search's matching articles with their snippets. Memoised: while the next query is
 * searched the same results stay on screen (marked busy by the page), and are not rendered again
 * for every keystroke or progress report.
 */
export const SearchArticleResults = memo(function SearchArticleResults({ results, query }: Props) {
  return (
    <ul className={styles.results}>
      {results.map((result) => (
        <li key={result.id} className={styles.result}>
          <h3>
            <Link to={readerLink(result.id, query)}>{result.title}</Link> ({result.total})
          </h3>
          <ol className={styles.hits}>
            {result.hits.map((hit, index) => (
              <li key={hit.start}>
                <Link
                  to={readerLink(result.id, query, index)}
                  aria-label={`Match ${index + 1} in ${result.title}: ${hit.before}${hit.match}${hit.after}`}
                >
                  {hit.before}
                  <mark>{hit.match}</mark>
                  {hit.after}
                </Link>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
});
