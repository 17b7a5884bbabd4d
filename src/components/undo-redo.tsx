import { redoLast, undoLast } from '../commands';
import { useAppStore } from '../store';

/** "Undo" and "Redo" buttons for annotation changes (also Ctrl/Cmd+Z, and Ctrl/Cmd+Shift+Z or Ctrl+Y). */
export function UndoRedo() {
  const past = useAppStore((s) => s.past.at(-1));
  const future = useAppStore((s) => s.future.at(-1));
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={!past}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={past ? `Undo: ${past.label}` : 'Nothing to undo'}
        onClick={() => void undoLast()}
      >
        Undo
      </button>
      <button
        type="button"
        className="button"
        disabled={!future}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title={future ? `Redo: ${future.label}` : 'Nothing to redo'}
        onClick={() => void redoLast()}
      >
        Redo
      </button>
    </>
  );
}
