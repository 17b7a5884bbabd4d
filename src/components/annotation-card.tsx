import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import type { Article } from '../domain/corpus/types';
import { quoteOf } from '../domain/annotations/quote';
import { ANCHOR_STATUS_LABELS } from '../domain/anchoring/status';
import { highlightColor } from '../domain/codebook/colors';
import type { Annotation, Tag } from '../domain/model';
import styles from './annotation-card.module.css';
import { UNKNOWN_OUTLET, formatDateTime, languageName } from './format';
import { NoteText } from './note-text';
import { PassageTags } from './passage-tags';
import { annotationPath } from '../domain/annotation-link';

interface Props {
  annotation: Annotation;
  article: Article | undefined;
  tags: readonly Tag[];
}

/** The badge for each status; an exact one needs none. */
const statusNames = { ...ANCHOR_STATUS_LABELS, exact: null };

/** One annotation in a cross-article list: quote, where it is, tags, note and date. */
export function AnnotationCard({ annotation, article, tags }: Props) {
  const color = highlightColor(annotation, tags);
  const quote = quoteOf(annotation);
  const href = annotationPath(annotation.articleId, annotation.id);
  return (
    <article
      className={styles.item}
      style={{ '--item-color': color } as CSSProperties}
      aria-label={`Annotation on ${article?.title ?? 'an unknown article'}`}
    >
      <blockquote className={styles.quote} lang={article?.language}>
        “{quote}”
      </blockquote>
      <div className={styles.meta}>
        <Link to={href}>{article?.title ?? `Unknown article (${annotation.articleId})`}</Link>
        <span>{article ? (article.source ?? UNKNOWN_OUTLET) : UNKNOWN_OUTLET}</span>
        {article ? <span>{languageName(article.language)}</span> : null}
        <span>{formatDateTime(annotation.createdAt)}</span>
        {statusNames[annotation.status] ? (
          <span className={styles.badge}>{statusNames[annotation.status]}</span>
        ) : null}
      </div>
      <PassageTags tags={tags} />
      {annotation.note ? <NoteText source={annotation.note} /> : null}
    </article>
  );
}
