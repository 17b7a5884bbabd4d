import { useReaderStore } from '../hooks/use-reader-store';

/** Opens the list of the reader's keyboard shortcuts (also `?`); hidden on touch screens. */
export function ShortcutsButton() {
  const setShortcutsOpen = useReaderStore((s) => s.setShortcutsOpen);
  return (
    <button
      type="button"
      className="button keyboard-only"
      aria-keyshortcuts="?"
      onClick={() => setShortcutsOpen(true)}
    >
      Shortcuts
    </button>
  );
}
