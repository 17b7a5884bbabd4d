import { useState } from 'react';

/** One page of a long list of rows, and how to turn it. */
export interface Page<T> {
  /** The rows of this page. */
  rows: readonly T[];
  /** 0-based page, and how many pages there are (at least one). */
  page: number;
  pages: number;
  /** The index of this page's first row among all rows. */
  first: number;
  total: number;
  setPage: (page: number) => void;
}

/**
 * Cuts `rows` into pages of `size`, so that a table of ten thousand rows renders fifty at a
 * time. The page stays in range when the list shrinks.
 */
export function usePage<T>(rows: readonly T[], size: number): Page<T> {
  const [wanted, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const page = Math.min(Math.max(0, wanted), pages - 1);
  const first = page * size;
  return { rows: rows.slice(first, first + size), page, pages, first, total: rows.length, setPage };
}
