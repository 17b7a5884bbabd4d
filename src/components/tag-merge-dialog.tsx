import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Tag } from '../domain/model';
import { useMergeCounts } from '../hooks/use-merge-counts';
import { mergeTags } from '../commands';
import { errorMessage } from '../domain/error-message';
import { formatCount } from './format';
import { FormField } from './form-field';
import { ModalDialog } from './modal-dialog';
import styles from './tag-merge-dialog.module.css';

interface Props {
  tag: Tag;
  /** The whole codebook, sorted by name. */
  tags: readonly Tag[];
  onClose: () => void;
  /** Called once the merge is written (the tag is gone by then). */
  onMerged: () => void;
}

/** Where the merged tag's sub-tags end up, said before the user confirms. */
function childrenNote(tag: Tag, target: Tag | undefined, tags: readonly Tag[]): string | null {
  const children = tags.filter((child) => child.parentId === tag.id && child.id !== target?.id);
  if (children.length === 0 || target === undefined) return null;
  const where = target.parentId === null ? `under “${target.name}”` : 'to the top level';
  return `Its ${formatCount(children.length, 'sub-tag')} will move ${where}.`;
}

/**
 * Merges a tag into another chosen from the codebook, showing the annotation
 * counts before and after. Annotations that had both keep one copy.
 */
export function TagMergeDialog({ tag, tags, onClose, onMerged }: Props) {
  const [targetId, setTargetId] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const select = useRef<HTMLSelectElement>(null);
  const counts = useMergeCounts(tag.id, targetId);
  const others = tags.filter((other) => other.id !== tag.id);
  const target = others.find((other) => other.id === targetId);
  const note = childrenNote(tag, target, tags);

  useEffect(() => select.current?.focus(), []);

  async function merge(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!target) {
      setProblem('Choose the tag to merge into.');
      select.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(undefined);
    const merged = await mergeTags(tag.id, target.id);
    if (merged.ok) {
      onMerged();
    } else {
      setProblem(`The tags could not be merged. ${errorMessage(merged.error)}`);
      setBusy(false);
    }
  }

  return (
    <ModalDialog title={`Merge “${tag.name}” into another tag`} onClose={onClose}>
      <form className={styles.form} noValidate onSubmit={(event) => void merge(event)}>
        <p className={styles.explain}>
          Every annotation tagged “{tag.name}” gets the chosen tag instead — once, if it already has
          it — and “{tag.name}” is deleted.
        </p>
        <FormField label="Merge into" error={problem}>
          {(control) => (
            <select
              {...control}
              ref={select}
              className="field"
              value={targetId}
              onChange={(event) => {
                setTargetId(event.target.value);
                setProblem(undefined);
              }}
            >
              <option value="">Choose a tag…</option>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div role="status" className={styles.counts}>
          {target && counts ? (
            <>
              <p>
                {`Before: “${tag.name}” has ${formatCount(counts.before.source, 'annotation')}, ` +
                  `“${target.name}” has ${formatCount(counts.before.target, 'annotation')}.`}
              </p>
              <p>{`After: “${target.name}” will have ${formatCount(counts.after, 'annotation')}.`}</p>
              {note ? <p>{note}</p> : null}
            </>
          ) : null}
        </div>
        <div className={styles.actions}>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
            Merge
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
