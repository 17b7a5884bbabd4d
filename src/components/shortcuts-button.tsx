import { useReaderStore } from '../hooks/use-reader-store';

/** Opens the list of the reader's keyboard shortcuts (also `?`). */
export function ShortcutsButton() {
  const setShortcutsOpen = useReaderStore((s) => s.setShortcutsOpen);
  return (
    <button
      type="button"
      className="button"
      aria-keyshortcuts="?"
      onClick={() => setShortcutsOpen(true)}
    >
      Shortcuts
    </button>
  );
}
