import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useCoarsePointer } from '../hooks/use-coarse-pointer';
import { isEditable } from '../reader-dom';
import styles from './app-header.module.css';

/** The search box in the header; `/` focuses it from anywhere outside a text field. */
export function GlobalSearch() {
  const [params] = useSearchParams();
  const [value, setValue] = useState(params.get('q') ?? '');
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const touch = useCoarsePointer();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key !== '/' ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        isEditable(event.target)
      )
        return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <form
      role="search"
      aria-label="Everything"
      className={styles.search}
      onSubmit={(event) => {
        event.preventDefault();
        const query = value.trim();
        if (query) void navigate(`/search?q=${encodeURIComponent(query)}`);
      }}
    >
      <input
        ref={input}
        type="search"
        className="field"
        aria-label="Search articles and notes"
        aria-keyshortcuts={touch ? undefined : '/'}
        placeholder={touch ? 'Search' : 'Search  /'}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
    </form>
  );
}
