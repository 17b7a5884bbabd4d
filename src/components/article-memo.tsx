import { useEffect, useId, useRef, useState } from 'react';
import { useDebouncedSave, type SaveState } from '../hooks/use-debounced-save';
import { useArticleMemo } from '../hooks/use-memo';
import { useAppStore } from '../store';
import styles from './article-memo.module.css';
import { MarkdownText } from './markdown-text';
import { errorMessage } from '../domain/error-message';

const labels: Record<SaveState, string> = {
  saved: 'Saved',
  pending: 'Editing…',
  saving: 'Saving…',
  error: 'Not saved',
};

function MemoEditor({
  initial,
  save,
  saveOnExit,
  onDone,
}: {
  initial: string;
  save: (text: string) => Promise<unknown>;
  saveOnExit: (text: string) => boolean;
  onDone: () => void;
}) {
  const [text, setText] = useState(initial);
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const { state, flush } = useDebouncedSave(
    text,
    async (value) => {
      try {
        await save(value);
        return true;
      } catch (error) {
        useAppStore.getState().showToast({
          tone: 'error',
          message: `The memo was not saved: ${errorMessage(error)}`,
        });
        return false;
      }
    },
    500,
    saveOnExit,
  );
  useEffect(() => area.current?.focus(), []);
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        Article memo
      </label>
      <textarea
        id={id}
        ref={area}
        className={`field ${styles.area}`}
        value={text}
        placeholder="What stands out in this article as a whole? Markdown is fine."
        onChange={(e) => setText(e.target.value)}
        onBlur={flush}
      />
      <div className={styles.head}>
        <span role="status" className={styles.status}>
          {labels[state]}
        </span>
        <button
          type="button"
          className="button"
          onClick={() => {
            flush();
            onDone();
          }}
        >
          Done
        </button>
      </div>
    </>
  );
}

/** The article memo: a note on the whole article, rendered as safe Markdown, saved on its own. */
export function ArticleMemo({ articleId }: { articleId: string }) {
  const { memo, loading, save, saveOnExit } = useArticleMemo(articleId);
  const [editing, setEditing] = useState(false);
  return (
    <section className={styles.memo} aria-labelledby="memo-title">
      <div className={styles.head}>
        <h3 id="memo-title">Article memo</h3>
        {!editing && !loading ? (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {memo ? 'Edit memo' : 'Write memo'}
          </button>
        ) : null}
      </div>
      {editing ? (
        <MemoEditor
          initial={memo?.text ?? ''}
          save={save}
          saveOnExit={saveOnExit}
          onDone={() => setEditing(false)}
        />
      ) : memo ? (
        <MarkdownText source={memo.text} className={styles.text} />
      ) : (
        <p className={styles.empty}>No memo yet.</p>
      )}
    </section>
  );
}
