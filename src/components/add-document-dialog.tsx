import { useId, useState, type FormEvent } from 'react';
import { DOCUMENT_ACCEPT } from '../domain/corpus/accept';
import { looksLikeHtml } from '../domain/corpus-import/looks-like-html';
import type { DocumentRecord } from '../domain/model';
import styles from './add-document-dialog.module.css';
import { DialogActions } from './dialog-actions';
import { ModalDialog } from './modal-dialog';

interface Props {
  onClose: () => void;
  /** The documents were stored; the dialog should close. */
  onAdded: (added: DocumentRecord[]) => void;
}

/**
 * "Add document": paste text or choose .txt/.md files (several at once). Every
 * file is checked before anything is stored; when one is refused, nothing is
 * added and each problem is listed, naming its file.
 */
export function AddDocumentDialog({ onClose, onAdded }: Props) {
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [asPage, setAsPage] = useState(true);
  const id = useId();
  const html = looksLikeHtml(text);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    // The parser loads with the first document added, not with the library.
    const { addDocuments } = await import('../commands/documents');
    const result = await addDocuments({ text, files, pastedHtml: html && asPage });
    setBusy(false);
    if (result.ok) onAdded(result.added);
    else setProblems(result.problems);
  }

  return (
    <ModalDialog title="Add document" onClose={onClose}>
      <form className={styles.form} onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <div className={styles.field}>
          <label htmlFor={`${id}-text`}>Text</label>
          <textarea
            id={`${id}-text`}
            className={`field ${styles.text}`}
            rows={8}
            value={text}
            placeholder="Paste an article or any text; its first line becomes the title."
            onChange={(e) => setText(e.target.value)}
          />
          {html ? (
            <label className={styles.check}>
              <input
                type="checkbox"
                checked={asPage}
                onChange={(e) => setAsPage(e.target.checked)}
              />
              This is a web page’s HTML: add the article in it (its text, title, outlet, date and
              link are read from the page)
            </label>
          ) : null}
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-files`}>Upload files</label>
          <p id={`${id}-hint`} className={styles.hint}>
            Plain text (.txt) or Markdown (.md) in UTF-8, up to 5 MB each; several at once.
          </p>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            accept={DOCUMENT_ACCEPT}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          />
        </div>
        {problems.length > 0 ? (
          <div role="alert" className={styles.problems}>
            <p>Nothing was added:</p>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <DialogActions onCancel={onClose} submitLabel="Add" busy={busy} />
      </form>
    </ModalDialog>
  );
}
