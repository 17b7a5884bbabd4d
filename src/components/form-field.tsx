import { useId, type ReactNode } from 'react';
import styles from './form-field.module.css';

/** What a control inside a FormField needs to be labelled, described and marked invalid. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface Props {
  label: string;
  /** Shown under the label; read with the control. */
  hint?: string | undefined;
  /** A broken rule; announced, and the control is marked invalid. */
  error?: string | undefined;
  className?: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled control with an optional hint and an error message tied to it. */
export function FormField({ label, hint, error, className, children }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  const control: FieldControlProps = { id };
  if (describedBy) control['aria-describedby'] = describedBy;
  if (error) control['aria-invalid'] = true;
  return (
    <div className={`${styles.field} ${className ?? ''}`}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {children(control)}
      {error ? <FieldError id={errorId} message={error} /> : null}
    </div>
  );
}

/** A field's error message, announced as soon as it appears. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} role="alert" className={styles.error}>
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}
