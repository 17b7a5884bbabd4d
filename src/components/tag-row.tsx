import { useEffect, useRef, useState } from 'react';
import type { Tag } from '../domain/model';
import { useTagActions } from '../hooks/use-tag-actions';
import { formatCount } from './format';
import { draftFromTag, type TagInput } from './tag-draft';
import { TagForm } from './tag-form';
import styles from './tag-table.module.css';

interface Props {
  tag: Tag;
  parent: Tag | undefined;
  /** Annotations carrying the tag; undefined while they are still being counted. */
  usage: number | undefined;
  tags: readonly Tag[];
  /** How many columns the table has, so the inline form can span them all. */
  columns: number;
}

function None() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">None</span>
    </>
  );
}

/** One codebook row; "Edit" turns it into an inline form, and focus comes back to "Edit" after. */
export function TagRow({ tag, parent, usage, tags, columns }: Props) {
  const { updateTag } = useTagActions();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);

  function close() {
    returnFocus.current = true;
    setEditing(false);
  }

  async function save(input: TagInput) {
    await updateTag(tag.id, input);
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
        {tag.description ? tag.description : <None />}
      </td>
      <td data-label="Hotkey">
        {tag.hotkey ? <kbd className={styles.kbd}>{tag.hotkey}</kbd> : <None />}
      </td>
      <td data-label="Parent">{parent ? parent.name : <None />}</td>
      <td data-label="Used in" className={styles.usage}>
        {usage === undefined ? 'Counting…' : formatCount(usage, 'annotation')}
      </td>
      <td className={styles.actions}>
        <button
          ref={editButton}
          type="button"
          className="button"
          aria-label={`Edit ${tag.name}`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
      </td>
    </tr>
  );
}
