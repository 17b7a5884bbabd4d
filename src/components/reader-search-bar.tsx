import { useMemo, type RefObject } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSearchHits } from '../hooks/use-search-hits';
import styles from './reader-workspace.module.css';

interface Props {
  bodyRef: RefObject<HTMLElement | null>;
  text: string;
  /** Changes when the marks under the hits are redrawn, so the hits are drawn again on top. */
  redraw: unknown;
  /** The whole text is in the page, so a hit beyond the first screen can be scrolled to. */
  complete: boolean;
}

/** `?q=…&hit=n` from the search page: the hits marked in the text, with previous/next. */
export function ReaderSearchBar({ bodyRef, text, redraw, complete }: Props) {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  const hit = Math.max(0, Number(searchParams.get('hit') ?? 0) || 0);
  const redrawKey = useMemo(() => [redraw], [redraw]);
  const hitCount = useSearchHits(bodyRef, text, query, hit, redrawKey, complete);
  if (!query) return null;

  const goToHit = (next: number) => {
    const params = new URLSearchParams(searchParams);
    params.set('hit', String((next + hitCount) % Math.max(1, hitCount)));
    setSearchParams(params, { replace: true });
  };
  return (
    <div className={styles.searchBar} role="status">
      <span>
        {hitCount === 0
          ? `No match for “${query}” in this article.`
          : `Match ${Math.min(hit, hitCount - 1) + 1} of ${hitCount} for “${query}”`}
      </span>
      {hitCount > 1 ? (
        <>
          <button type="button" className="button" onClick={() => goToHit(hit - 1)}>
            Previous match
          </button>
          <button type="button" className="button" onClick={() => goToHit(hit + 1)}>
            Next match
          </button>
        </>
      ) : null}
      <Link className="button" to={`/search?q=${encodeURIComponent(query)}`}>
        All results
      </Link>
      <button
        type="button"
        className="button"
        onClick={() => setSearchParams({}, { replace: true })}
      >
        Clear search
      </button>
    </div>
  );
}
