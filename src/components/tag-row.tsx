import { useEffect, useRef, useState } from 'react';
import type { Tag } from '../domain/model';
import { unwrap, updateTag } from '../commands';
import { formatCount } from './format';
import { MarkdownText } from './markdown-text';
import { TagDeleteDialog } from './tag-delete-dialog';
import { draftFromTag, type TagInput } from './tag-draft';
import { TagForm } from './tag-form';
import { TagMergeDialog } from './tag-merge-dialog';
import styles from './tag-table.module.css';

interface Props {
  tag: Tag;
  parent: Tag | undefined;
  /** Annotations carrying the tag; undefined while they are still being counted. */
  usage: number | undefined;
  tags: readonly Tag[];
  /** How many sub-tags the tag has (counted once for the whole table). */
  childCount: number;
  /** How many columns the table has, so the inline form can span them all. */
  columns: number;
  /** Called when the tag has been merged away or deleted, so focus can go somewhere sensible. */
  onGone: () => void;
}

function None() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">None</span>
    </>
  );
}

type Dialog = 'merge' | 'delete' | null;

/**
 * One codebook row with its memo rendered from Markdown. "Edit" turns it into
 * an inline form; "Merge…" and "Delete" open dialogs. Focus comes back to the
 * button that opened a form or dialog when it closes without the tag going.
 */
export function TagRow({ tag, parent, usage, tags, childCount, columns, onGone }: Props) {
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const mergeButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  // Which button gets focus back; the edit button is not rendered while the form is open.
  const returnFocus = useRef<'edit' | 'merge' | 'delete' | null>(null);
  const gone = useRef(false);

  // Runs once the form or dialog has closed, so the focus is not taken back by it.
  useEffect(() => {
    if (editing || dialog !== null) return;
    if (gone.current) {
      gone.current = false;
      onGone();
    } else if (returnFocus.current) {
      const buttons = { edit: editButton, merge: mergeButton, delete: deleteButton };
      buttons[returnFocus.current].current?.focus();
      returnFocus.current = null;
    }
  }, [editing, dialog, onGone]);

  function closeDialog() {
    returnFocus.current = dialog;
    setDialog(null);
  }

  function closeAsGone() {
    gone.current = true;
    setDialog(null);
  }

  function close() {
    returnFocus.current = 'edit';
    setEditing(false);
  }

  async function save(input: TagInput) {
    unwrap(await updateTag(tag.id, input));
    close();
  }

  if (editing) {
    return (
      <tr className={styles.editing}>
        <td colSpan={columns}>
          <TagForm
            aria-label={`Edit ${tag.name}`}
            tags={tags}
            self={tag}
            initial={draftFromTag(tag)}
            submitLabel="Save"
            onSubmit={save}
            onCancel={close}
            focusOnMount
          />
        </td>
      </tr>
    );
  }

  return (
    <tr className={parent ? styles.child : undefined}>
      <th scope="row" className={styles.nameCell}>
        <span className={styles.tagName}>
          {parent ? (
            <span className={styles.branch} aria-hidden="true">
              ↳
            </span>
          ) : null}
          <span className={styles.swatch} style={{ background: tag.color }} aria-hidden="true" />
          <span className={styles.nameText}>{tag.name}</span>
        </span>
      </th>
      <td data-label="Description" className={styles.description}>
        {tag.description ? (
          <MarkdownText source={tag.description} className={styles.memo} />
        ) : (
          <None />
        )}
      </td>
      <td data-label="Hotkey">
        {tag.hotkey ? <kbd className={styles.kbd}>{tag.hotkey}</kbd> : <None />}
      </td>
      <td data-label="Parent">{parent ? parent.name : <None />}</td>
      <td data-label="Used in" className={styles.usage}>
        {usage === undefined ? 'Counting…' : formatCount(usage, 'annotation')}
      </td>
      <td className={styles.actions}>
        <div className={styles.actionButtons}>
          <button
            ref={editButton}
            type="button"
            className="button"
            aria-label={`Edit ${tag.name}`}
            onClick={() => setEditing(true)}
          >
            Edit
          </button>
          {tags.length > 1 ? (
            <button
              ref={mergeButton}
              type="button"
              className="button"
              aria-label={`Merge ${tag.name} into…`}
              onClick={() => setDialog('merge')}
            >
              Merge…
            </button>
          ) : null}
          <button
            ref={deleteButton}
            type="button"
            className="button"
            aria-label={`Delete ${tag.name}`}
            onClick={() => setDialog('delete')}
          >
            Delete
          </button>
        </div>
        {dialog === 'merge' ? (
          <TagMergeDialog tag={tag} tags={tags} onClose={closeDialog} onMerged={closeAsGone} />
        ) : null}
        {dialog === 'delete' ? (
          <TagDeleteDialog
            tag={tag}
            usage={usage}
            childCount={childCount}
            onClose={closeDialog}
            onDeleted={closeAsGone}
          />
        ) : null}
      </td>
    </tr>
  );
}
