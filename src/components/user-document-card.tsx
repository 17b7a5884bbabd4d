import type { Article } from '../domain/corpus/types';
import { ArticleCard } from './article-card';
import styles from './user-document-card.module.css';

interface Props {
  entry: Article;
  annotationCount: number;
  onDelete: (entry: Article) => void;
}

/** A library card for one of the user's own documents: marked as theirs, and deletable. */
export function UserDocumentCard({ entry, annotationCount, onDelete }: Props) {
  return (
    <div className={styles.wrap}>
      <ArticleCard entry={entry} annotationCount={annotationCount} />
      <div className={styles.footer}>
        <span className={styles.badge}>Your document</span>
        <button
          type="button"
          className="button"
          aria-label={`Delete ${entry.title}`}
          onClick={() => onDelete(entry)}
        >
          Delete
        </button>
      </div>
    </div>
  );
}
