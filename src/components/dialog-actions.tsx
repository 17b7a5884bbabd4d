import styles from './dialog-actions.module.css';

interface Props {
  onCancel: () => void;
  /** The submit button's label: says what it will do ("Save details", "Add to set"). */
  submitLabel: string;
  busy: boolean;
}

/** The row at the foot of a dialog's form: Cancel, then the form's submit button. */
export function DialogActions({ onCancel, submitLabel, busy }: Props) {
  return (
    <div className={styles.actions}>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
    </div>
  );
}
