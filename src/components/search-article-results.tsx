import { memo, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
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
  const navigate = useNavigate();
  // Plain links, followed by the router from one handler: a hundred router links per keystroke
  // cost more to render than the results themselves. A modified click (new tab) stays the
  // browser's.
  const follow = (event: MouseEvent<HTMLUListElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    if (event.altKey || event.defaultPrevented) return;
    event.preventDefault();
    void navigate(link.getAttribute('href') as string);
  };
  return (
    // The list only passes on its links' clicks; the links themselves are the keyboard's.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <ul className={styles.results} onClick={follow}>
      {results.map((result) => (
        <li key={result.id} className={styles.result}>
          <h3>
            <a href={readerLink(result.id, query)}>{result.title}</a> ({result.total})
          </h3>
          <ol className={styles.hits}>
            {result.hits.map((hit, index) => (
              <li key={hit.start}>
                <a
                  href={readerLink(result.id, query, index)}
                  aria-label={`Match ${index + 1} in ${result.title}: ${hit.before}${hit.match}${hit.after}`}
                >
                  {hit.before}
                  <mark>{hit.match}</mark>
                  {hit.after}
                </a>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
});
