import type { Tag } from '../domain/model';
import { deleteTag, unwrap } from '../commands';
import { ConfirmDialog } from './confirm-dialog';
import { formatCount } from './format';

interface Props {
  tag: Tag;
  /** Annotations carrying the tag; undefined while they are still being counted. */
  usage: number | undefined;
  /** How many sub-tags the tag has. */
  childCount: number;
  onClose: () => void;
  /** Called once the tag is deleted. */
  onDeleted: () => void;
}

/** "3 annotations use “War”. They keep their other tags." */
function usageConsequence(name: string, usage: number): string {
  if (usage === 0) return `No annotations use “${name}”.`;
  if (usage === 1) return `1 annotation uses “${name}”. It keeps its other tags.`;
  return `${formatCount(usage, 'annotation')} use “${name}”. They keep their other tags.`;
}

/** Asks before deleting a tag, saying how many annotations use it. */
export function TagDeleteDialog({ tag, usage, childCount, onClose, onDeleted }: Props) {
  return (
    <ConfirmDialog
      title={`Delete “${tag.name}”?`}
      confirmLabel="Delete"
      onCancel={onClose}
      onConfirm={async () => {
        unwrap(await deleteTag(tag.id));
        onDeleted();
      }}
    >
      <p>“{tag.name}” will be removed from the codebook and from every annotation.</p>
      {/* Said once it is known, not corrected a moment later. */}
      {usage === undefined ? null : <p>{usageConsequence(tag.name, usage)}</p>}
      {childCount > 0 ? (
        <p>Its {formatCount(childCount, 'sub-tag')} will move to the top level.</p>
      ) : null}
    </ConfirmDialog>
  );
}
