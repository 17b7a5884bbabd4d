import { useEffect } from 'react';
import { Link } from 'react-router';
import styles from './library.module.css';

interface Props {
  what?: 'page' | 'article';
}

/** Shown for unknown URLs and unknown article ids. */
export function NotFoundRoute({ what = 'page' }: Props) {
  useEffect(() => {
    document.title = 'Not found · Gloss';
  }, []);
  return (
    <main className={styles.page} id="main">
      <h1>{what === 'article' ? 'Article not found' : 'Page not found'}</h1>
      <p>
        {what === 'article'
          ? 'There is no article with this address. It may have been removed, or the link may be mistyped.'
          : 'Nothing lives at this address.'}
      </p>
      <p>
        <Link to="/">Back to the library</Link>
      </p>
    </main>
  );
}
