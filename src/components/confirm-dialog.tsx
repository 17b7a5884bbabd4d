import { useState, type ReactNode } from 'react';
import styles from './confirm-dialog.module.css';
import { ModalDialog } from './modal-dialog';
import { errorMessage } from '../domain/error-message';

interface Props {
  title: string;
  /** Says what will happen, with its consequences. */
  children: ReactNode;
  confirmLabel: string;
  /** Does the deed; a rejection is shown in the dialog, which then stays open. */
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}

/** An in-app "are you sure?" for destructive actions. Cancel has the focus first. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel }: Props) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setProblem(null);
    try {
      await onConfirm();
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  }

  return (
    <ModalDialog title={title} onClose={onCancel} alert>
      <div className={styles.message}>{children}</div>
      {problem !== null ? (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      ) : null}
      <div className={styles.actions}>
        {/* Focus starts on the harmless choice. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
        <button type="button" className="button" autoFocus onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className={`button ${styles.danger}`}
          disabled={busy}
          onClick={() => void confirm()}
        >
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
