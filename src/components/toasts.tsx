import { useEffect } from 'react';
import { useAppStore, type Toast } from '../store';
import styles from './toasts.module.css';

const LIFETIME_MS = { info: 6000, error: 12000 };

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useAppStore((s) => s.dismissToast);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), LIFETIME_MS[toast.tone]);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div
      className={`${styles.toast} ${toast.tone === 'error' ? styles.error : ''}`}
      role={toast.tone === 'error' ? 'alert' : undefined}
    >
      <span className={styles.message}>{toast.message}</span>
      {toast.action ? (
        <button
          type="button"
          onClick={() => {
            toast.action?.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button type="button" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}

/** Short messages at the bottom of the screen: confirmations with Undo, and write errors. */
export function Toasts() {
  const toasts = useAppStore((s) => s.toasts);
  return (
    <div className={styles.region} role="status" aria-live="polite" aria-label="Notifications">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}
