import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { LayerChooser } from '../components/layer-chooser';
import { ReaderSettings } from '../components/reader-settings';
import { ReaderWorkspace } from '../components/reader-workspace';
import { UndoRedo } from '../components/undo-redo';
import { StatusMessage } from '../components/status-message';
import { useArticle } from '../hooks/use-article';
import { ReaderScope } from '../components/reader-scope';
import { ShortcutsButton } from '../components/shortcuts-button';
import { NotFoundRoute } from './not-found';
import styles from './reader.module.css';

/** `/articles/:id`: one article for reading and annotating. */
export function ReaderRoute() {
  const { id = '' } = useParams();
  const article = useArticle(id);
  const title = article.status === 'ready' ? article.parsed.title : null;

  useEffect(() => {
    if (title) document.title = `${title} · Gloss`;
  }, [title]);

  if (article.status === 'not-found') return <NotFoundRoute what="article" />;

  return (
    <ReaderScope key={id}>
      <main className={styles.page} id="main">
        <div className={styles.toolbar}>
          <Link to="/">← Library</Link>
          <div className={styles.tools}>
            <UndoRedo />
            <ShortcutsButton />
            <LayerChooser />
            <ReaderSettings />
          </div>
        </div>
        {article.status === 'loading' ? (
          <StatusMessage kind="loading" title="Opening the article…" />
        ) : article.status === 'error' ? (
          <StatusMessage
            kind="error"
            title="The article could not be opened."
            detail={article.message}
            onRetry={article.retry}
          />
        ) : (
          <ReaderWorkspace
            article={article.article}
            text={article.text}
            parsed={article.parsed}
            footer={
              <nav className={styles.neighbours} aria-label="More articles">
                {article.previous ? (
                  <Link to={`/articles/${encodeURIComponent(article.previous.id)}`} rel="prev">
                    <span>Previous article</span>
                    {article.previous.title}
                  </Link>
                ) : null}
                {article.next ? (
                  <Link to={`/articles/${encodeURIComponent(article.next.id)}`} rel="next">
                    <span>Next article</span>
                    {article.next.title}
                  </Link>
                ) : null}
              </nav>
            }
          />
        )}
      </main>
    </ReaderScope>
  );
}
