import type { ReactNode } from 'react';
import styles from './status-message.module.css';

interface Props {
  kind: 'loading' | 'error' | 'empty';
  title: string;
  detail?: string;
  onRetry?: () => void;
  children?: ReactNode;
}

/** A loading, empty or error state with an optional Retry action. */
export function StatusMessage({ kind, title, detail, onRetry, children }: Props) {
  const role = kind === 'error' ? 'alert' : 'status';
  return (
    <div role={role} className={`${styles.box} ${kind === 'error' ? styles.error : ''}`}>
      <p className={styles.title}>{title}</p>
      {detail ? <p className={styles.detail}>{detail}</p> : null}
      {onRetry ? (
        <button type="button" className="button button-primary" onClick={onRetry}>
          Retry
        </button>
      ) : null}
      {children}
    </div>
  );
}
