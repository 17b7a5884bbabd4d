import type { Page } from '../hooks/use-page';
import styles from './agreement-report.module.css';
import { formatNumber } from './format';

/**
 * Previous / next for a paged table, with where the page is ("Articles 51–100 of 10,000"). The
 * buttons stay focusable at either end (aria-disabled), so that the keyboard keeps its place.
 */
export function TablePager<T>({
  page,
  noun,
  label,
}: {
  page: Page<T>;
  noun: string;
  label: string;
}) {
  if (page.pages <= 1) return null;
  const last = page.first + page.rows.length;
  const atStart = page.page === 0;
  const atEnd = page.page === page.pages - 1;
  return (
    <div className={styles.pager} role="group" aria-label={label}>
      <button
        type="button"
        className="button"
        aria-disabled={atStart}
        onClick={() => !atStart && page.setPage(page.page - 1)}
      >
        Previous page
      </button>
      <span aria-live="polite">
        {noun} {formatNumber(page.first + 1)}–{formatNumber(last)} of {formatNumber(page.total)}
      </span>
      <button
        type="button"
        className="button"
        aria-disabled={atEnd}
        onClick={() => !atEnd && page.setPage(page.page + 1)}
      >
        Next page
      </button>
    </div>
  );
}
