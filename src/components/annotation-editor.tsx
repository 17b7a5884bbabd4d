import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { useAppStore } from '../store';
import { TAG_COLORS } from '../domain/codebook';
import type { AnchorStatus, Annotation, Tag } from '../domain/model';
import {
  addTagByName,
  deleteAnnotation,
  removeTag,
  saveNoteOnExit,
  updateAnnotation,
} from '../hooks/annotation-actions';
import { useDebouncedSave, type SaveState } from '../hooks/use-debounced-save';
import styles from './annotation-editor.module.css';
import { CopyLinkButton } from './copy-link-button';
import { formatDateTime, statusLabel } from './format';
import { MarkdownText } from './markdown-text';
import { TagInput } from './tag-input';

interface Props {
  annotation: Annotation;
  status: AnchorStatus;
  quote: string;
  color: string;
  tags: readonly Tag[];
  byId: ReadonlyMap<string, Tag>;
  onClose: () => void;
}

const saveLabels: Record<SaveState, string> = {
  saved: 'Saved',
  pending: 'Editing…',
  saving: 'Saving…',
  error: 'Not saved — see the message',
};

/** The "Annotation" editor: tags, note, colour, times and delete. Saves on its own. */
export function AnnotationEditor({ annotation, status, quote, color, tags, byId, onClose }: Props) {
  const [note, setNote] = useState(annotation.note);
  const noteId = useId();
  const colorName = useId();
  const { state, flush, adopt } = useDebouncedSave(
    note,
    async (value) => Boolean(await updateAnnotation(annotation.id, { note: value }, 'Edit note')),
    500,
    (value) => saveNoteOnExit(annotation, value),
  );
  const [tagState, setTagState] = useState<SaveState>('saved');
  const tagsField = useRef<HTMLInputElement>(null);

  // A highlight made with "Highlight" (no tag yet) goes straight to tagging.
  useEffect(() => {
    const store = useAppStore.getState();
    if (store.focusTagsOnOpen) {
      store.setFocusTagsOnOpen(false);
      tagsField.current?.focus();
    }
  }, []);

  // A note changed elsewhere (undo, another tab) replaces the text when nothing is being typed.
  useEffect(() => {
    if (state === 'saved') {
      adopt(annotation.note);
      setNote(annotation.note);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the stored note changes
  }, [annotation.note]);

  const selected = annotation.tagIds
    .map((id) => byId.get(id))
    .filter((t): t is Tag => t !== undefined);
  const tagWrite = async (write: Promise<unknown>) => {
    setTagState('saving');
    setTagState((await write) === null ? 'error' : 'saved');
  };
  const shownState: SaveState = state !== 'saved' ? state : tagState;
  const close = () => {
    flush();
    onClose();
  };

  return (
    <section className={styles.editor} aria-label="Annotation">
      <div className={styles.head}>
        <h2>Annotation</h2>
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
      <blockquote className={styles.quote} style={{ '--quote-color': color } as CSSProperties}>
        {quote}
      </blockquote>
      {status !== 'exact' ? <p className={styles.attention}>{statusLabel(status)}</p> : null}
      <div>
        <span className={styles.label} aria-hidden="true">
          Tags
        </span>
        <TagInput
          selected={selected}
          all={tags}
          onAdd={(name) => void tagWrite(addTagByName(annotation, name))}
          onRemove={(tagId) => void tagWrite(removeTag(annotation, tagId))}
          inputRef={tagsField}
        />
      </div>
      <div>
        <label className={styles.label} htmlFor={noteId}>
          Note
        </label>
        <textarea
          id={noteId}
          className={`field ${styles.note}`}
          value={note}
          placeholder="Why does this passage matter? Markdown is fine."
          onChange={(e) => setNote(e.target.value)}
          onBlur={flush}
        />
        {/[*_`[\]]/.test(note) ? (
          <details className={styles.preview}>
            <summary>Preview</summary>
            <MarkdownText source={note} />
          </details>
        ) : null}
      </div>
      <fieldset className={styles.colors}>
        <legend className={styles.label}>Colour</legend>
        <label title="Colour of the first tag" style={{ background: 'var(--surface-2)' }}>
          <input
            type="radio"
            name={colorName}
            checked={annotation.color === null}
            onChange={() => void updateAnnotation(annotation.id, { color: null }, 'Change colour')}
          />
          Auto
        </label>
        {TAG_COLORS.map((c) => (
          <label key={c.hex} title={c.name} style={{ background: c.hex, color: '#111827' }}>
            <input
              type="radio"
              name={colorName}
              aria-label={c.name}
              checked={annotation.color === c.hex}
              onChange={() =>
                void updateAnnotation(annotation.id, { color: c.hex }, 'Change colour')
              }
            />
          </label>
        ))}
      </fieldset>
      <div className={styles.foot}>
        <p className={styles.times}>
          Created {formatDateTime(annotation.createdAt)}
          {annotation.updatedAt !== annotation.createdAt
            ? ` · edited ${formatDateTime(annotation.updatedAt)}`
            : ''}
        </p>
        <span role="status" className={styles.status}>
          {saveLabels[shownState]}
        </span>
      </div>
      <div>
        <button
          type="button"
          className={`button ${styles.danger}`}
          onClick={() => void deleteAnnotation(annotation.id)}
        >
          Delete annotation
        </button>{' '}
        <CopyLinkButton articleId={annotation.articleId} annotationId={annotation.id} />
      </div>
    </section>
  );
}
