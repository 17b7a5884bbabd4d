import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { TAG_COLORS } from '../domain/codebook';
import type { AnchorStatus, Annotation, Tag } from '../domain/model';
import {
  addTagByName,
  deleteAnnotation,
  removeTag,
  saveNoteOnExit,
  updateAnnotation,
  type CommandResult,
} from '../commands';
import { tagsOf } from '../domain/codebook/lookup';
import { EDITOR_ID } from '../reader-dom';
import { useDebouncedSave, type SaveState } from '../hooks/use-debounced-save';
import { useSyncedNote } from '../hooks/use-synced-note';
import { ConflictNotice } from './conflict-notice';
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
  /** Take focus in the Tags field on opening (a highlight just made without a tag). */
  focusTags?: boolean;
  onClose: () => void;
  /** Called once the annotation has been deleted. */
  onDeleted?: () => void;
}

const saveLabels: Record<SaveState, string> = {
  saved: 'Saved',
  pending: 'Editing…',
  saving: 'Saving…',
  error: 'Not saved — see the message',
};

/** The "Annotation" editor: tags, note, colour, times and delete. Saves on its own. */
export function AnnotationEditor(props: Props) {
  const { annotation, status, quote, color, tags, byId, focusTags, onClose, onDeleted } = props;
  const [note, setNote] = useState(annotation.note);
  const noteId = useId();
  const colorName = useId();
  const synced = useSyncedNote(annotation);
  const { state, flush, adopt } = useDebouncedSave(
    note,
    (value) => synced.save(value),
    500,
    (value) => saveNoteOnExit(annotation, value),
  );
  const [tagState, setTagState] = useState<SaveState>('saved');
  const tagsField = useRef<HTMLInputElement>(null);

  // A highlight made with "Highlight" (no tag yet) goes straight to tagging.
  useEffect(() => {
    if (focusTags) tagsField.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on opening only
  }, []);

  // A note changed elsewhere (undo, another tab) replaces the text when nothing is being typed.
  useEffect(() => {
    if (state === 'saved') {
      adopt(annotation.note);
      setNote(annotation.note);
      synced.adoptBase(annotation);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the stored note changes
  }, [annotation.note]);

  const selected = tagsOf(annotation.tagIds, byId);
  const tagWrite = async (write: Promise<CommandResult<unknown>>) => {
    setTagState('saving');
    setTagState((await write).ok ? 'saved' : 'error');
  };
  const shownState: SaveState = state !== 'saved' ? state : tagState;
  const close = () => {
    flush();
    onClose();
  };

  return (
    <section id={EDITOR_ID} className={styles.editor} aria-label="Annotation">
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
        {synced.conflict ? (
          <ConflictNotice
            mine={note}
            theirs={synced.conflict.theirs}
            onKeepMine={() => void synced.keepMine().then((ok) => ok && adopt(note))}
            onKeepTheirs={() => {
              const theirs = synced.keepTheirs();
              if (theirs !== null) {
                adopt(theirs);
                setNote(theirs);
              }
            }}
          />
        ) : null}
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
          onClick={() => {
            void deleteAnnotation(annotation.id).then((result) => {
              if (result.ok) onDeleted?.();
            });
          }}
        >
          Delete annotation
        </button>{' '}
        <CopyLinkButton articleId={annotation.articleId} annotationId={annotation.id} />
      </div>
    </section>
  );
}
