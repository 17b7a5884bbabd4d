import { useState } from 'react';
import { downloadText } from './download';
import { ModalDialog } from './modal-dialog';
import styles from './settings-sections.module.css';

/** The word a user types to confirm; a click alone cannot delete everything. */
export const DELETE_WORD = 'delete';

/** "Delete all data": offers a backup first, then asks for a typed word before deleting. */
export function DeleteAllData() {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState('');
  const [backupMessage, setBackupMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const close = () => {
    setOpen(false);
    setTyped('');
    setBackupMessage('');
  };
  const backup = async () => {
    // Loaded on demand: the first screen's JavaScript does not need it.
    const { buildBackup } = await import('../commands/delete-all');
    const result = await buildBackup();
    if (!result.ok) return setBackupMessage(result.message);
    const file = result.value;
    downloadText(file.fileName, file.content, file.type);
    setBackupMessage(`Saved ${file.fileName}.`);
  };
  const confirm = async () => {
    setBusy(true);
    const { deleteAllData } = await import('../commands/delete-all');
    const result = await deleteAllData();
    setBusy(false);
    if (!result.ok) return setMessage(`Nothing was deleted. ${result.message}`);
    close();
    setMessage('All annotations, tags, memos and your documents were deleted.');
  };
  const matches = typed.trim().toLowerCase() === DELETE_WORD;
  return (
    <section className={styles.section} aria-labelledby="danger-heading">
      <h2 id="danger-heading">Delete all data</h2>
      <p>
        Removes every annotation, tag, memo and document you added from this browser. The bundled
        articles stay.
      </p>
      <button type="button" className={`button ${styles.danger}`} onClick={() => setOpen(true)}>
        Delete all data
      </button>
      <p role="status" className={styles.status}>
        {message}
      </p>
      {open ? (
        <ModalDialog title="Delete all data?" onClose={close} alert>
          <p>This cannot be undone. Download a backup first to keep a copy you can import later.</p>
          <p>
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the safe choice comes first */}
            <button type="button" className="button" autoFocus onClick={() => void backup()}>
              Download a backup first
            </button>
          </p>
          <p role="status" className={styles.status}>
            {backupMessage}
          </p>
          <label className={styles.field}>
            Type “{DELETE_WORD}” to confirm
            <input
              className="field"
              value={typed}
              autoComplete="off"
              onChange={(e) => setTyped(e.target.value)}
            />
          </label>
          <div className={styles.actions}>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
            <button
              type="button"
              className={`button ${styles.danger}`}
              disabled={!matches || busy}
              onClick={() => void confirm()}
            >
              Delete everything
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </section>
  );
}
