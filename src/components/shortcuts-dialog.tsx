import { useEffect, useRef } from 'react';
import styles from './shortcuts-dialog.module.css';

const shortcuts: [string, string][] = [
  ['H', 'Highlight the selected text'],
  ['Tag hotkey', 'Highlight the selection and tag it (or tag the open annotation)'],
  ['J / K', 'Next / previous highlight'],
  ['Shift + arrows', 'Select text in the focused article'],
  ['Escape', 'Close the editor, toolbar or this list'],
  ['Ctrl/⌘ + Z', 'Undo'],
  ['Ctrl/⌘ + Shift + Z', 'Redo'],
  ['?', 'Show these shortcuts'],
];

/** The list of keyboard shortcuts (key `?`). */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
  }, []);
  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <dl className={styles.list}>
        {shortcuts.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="button button-primary" onClick={onClose}>
          Close
        </button>
      </form>
    </dialog>
  );
}
