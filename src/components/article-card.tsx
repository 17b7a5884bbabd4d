import { memo } from 'react';
import { Link } from 'react-router';
import type { Article } from '../domain/corpus/types';
import styles from './article-card.module.css';
import { UNKNOWN_OUTLET, formatCount, formatDate, languageName } from './format';

interface Props {
  entry: Article;
  annotationCount?: number;
}

/** A library card: outlet, title (the link), language, date, length and annotation count. */
export const ArticleCard = memo(function ArticleCard({ entry, annotationCount }: Props) {
  return (
    <article className={styles.card} aria-labelledby={`card-${entry.id}`}>
      <p className={styles.outlet}>{entry.source ?? UNKNOWN_OUTLET}</p>
      <h2 className={styles.title} id={`card-${entry.id}`} lang={entry.language}>
        <Link to={`/articles/${encodeURIComponent(entry.id)}`}>{entry.title}</Link>
      </h2>
      <dl className={styles.facts}>
        <div>
          <dt>Language</dt>
          <dd>{languageName(entry.language)}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{entry.date ? formatDate(entry.date) : 'Undated'}</dd>
        </div>
        <div>
          <dt className="visually-hidden">Length</dt>
          <dd>{formatCount(entry.wordCount, 'word')}</dd>
        </div>
        {annotationCount !== undefined && annotationCount > 0 ? (
          <div>
            <dt className="visually-hidden">Annotations</dt>
            <dd>{formatCount(annotationCount, 'annotation')}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
});
