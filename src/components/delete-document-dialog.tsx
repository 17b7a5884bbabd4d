import type { Article } from '../domain/corpus/types';
import { unwrap } from '../commands';
import { useArticleMemo } from '../hooks/use-memo';
import { ConfirmDialog } from './confirm-dialog';
import { formatCount } from './format';

interface Props {
  entry: Article;
  annotationCount: number;
  onClose: () => void;
}

/** "Its 3 annotations and its memo will be deleted with it." */
function consequence(annotationCount: number, hasMemo: boolean): string {
  const annotations = annotationCount > 0 ? formatCount(annotationCount, 'annotation') : null;
  if (annotations && hasMemo) return `Its ${annotations} and its memo will be deleted with it.`;
  if (annotations) return `Its ${annotations} will be deleted with it.`;
  if (hasMemo) return 'It has no annotations; its memo will be deleted with it.';
  return 'It has no annotations.';
}

/** Asks before deleting a user's document, saying what goes with it. */
export function DeleteDocumentDialog({ entry, annotationCount, onClose }: Props) {
  const { memo, loading } = useArticleMemo(entry.id);
  return (
    <ConfirmDialog
      title="Delete document?"
      confirmLabel="Delete"
      onCancel={onClose}
      onConfirm={async () => {
        const { removeDocument } = await import('../commands/documents');
        unwrap(await removeDocument(entry.id));
        onClose();
      }}
    >
      <p>
        “<span lang={entry.language}>{entry.title}</span>” will be deleted from your library.
      </p>
      {/* Said once it is known, not corrected a moment later. */}
      {loading ? null : <p>{consequence(annotationCount, memo !== null)}</p>}
    </ConfirmDialog>
  );
}
