import { useState, type ComponentType, type ReactNode } from 'react';
import type { Article } from '../domain/corpus/types';
import { ArticleCard } from './article-card';
import type { EditDetailsDialogProps } from './edit-details-dialog';
import styles from './user-document-card.module.css';

interface Props {
  entry: Article;
  annotationCount: number;
  onDelete: (entry: Article) => void;
}

/** A library card with a footer: where the article comes from, and what can be done to it. */
export function CardWithActions({
  entry,
  annotationCount,
  badge,
  children,
}: {
  entry: Article;
  annotationCount: number;
  badge: string;
  children: ReactNode;
}) {
  return (
    <div className={styles.wrap}>
      <ArticleCard entry={entry} annotationCount={annotationCount} />
      <div className={styles.footer}>
        <span className={styles.badge}>{badge}</span>
        <span className={styles.buttons}>{children}</span>
      </div>
    </div>
  );
}

/** A library card for one of the user's own documents: marked as theirs, editable and deletable. */
export function UserDocumentCard({ entry, annotationCount, onDelete }: Props) {
  // The details dialog loads when first opened, not with the library.
  const [Details, setDetails] = useState<ComponentType<EditDetailsDialogProps> | null>(null);
  return (
    <>
      <CardWithActions entry={entry} annotationCount={annotationCount} badge="Your document">
        <button
          type="button"
          className="button"
          aria-label={`Edit details of ${entry.title}`}
          onClick={() =>
            void import('./edit-details-dialog').then((module) =>
              setDetails(() => module.EditDetailsDialog),
            )
          }
        >
          Edit details
        </button>
        <button
          type="button"
          className="button"
          aria-label={`Delete ${entry.title}`}
          onClick={() => onDelete(entry)}
        >
          Delete
        </button>
      </CardWithActions>
      {Details ? <Details entry={entry} onClose={() => setDetails(null)} /> : null}
    </>
  );
}
