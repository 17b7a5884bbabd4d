import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import styles from './modal-dialog.module.css';
import { returnFocus } from './return-focus';

interface Props {
  title: string;
  /** Called on Escape and whenever the dialog closes itself. */
  onClose: () => void;
  /** Announce it as an alert dialog (a question that needs an answer). */
  alert?: boolean;
  children: ReactNode;
}

/**
 * A modal `<dialog>` named by its heading, open while mounted. Escape closes
 * it; the browser keeps focus inside, and focus goes back to the control that
 * opened it. Where showModal is missing (older engines, jsdom), it opens
 * without the backdrop.
 */
export function ModalDialog({ title, onClose, alert = false, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Read before anything inside (an autoFocus control) takes the focus.
  const [opener] = useState(() => document.activeElement);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    return () => {
      if (element?.open && typeof element.close === 'function') element.close();
      // Unmounting removes the dialog before the browser could give focus back: do it here.
      returnFocus(opener);
    };
  }, [opener]);
  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      role={alert ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-modal="true"
      onKeyDown={(event) => {
        // Also where the dialog could not open as modal, whose Escape the browser ignores.
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onClose();
      }}
      onCancel={(event) => {
        // React decides when the dialog goes away: unmounting closes it.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}
