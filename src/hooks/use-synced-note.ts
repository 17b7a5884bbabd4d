import { useCallback, useRef, useState } from 'react';
import type { WriteBase } from '../db';
import type { Annotation } from '../domain/model';
import { useAppStore } from '../store';
import { baseOf, updateFrom } from '../commands/conditional';

/** Both versions of a note two tabs edited at once. */
export interface NoteConflict {
  mine: string;
  theirs: string;
  base: WriteBase;
}

/**
 * Saves a note from the version this tab based it on, so another tab's edit is never
 * overwritten blindly: a change to other fields is merged, the same field changed in both is a
 * conflict the user resolves ("keep mine" writes over it, "keep theirs" takes it).
 */
export function useSyncedNote(annotation: Annotation) {
  const base = useRef<WriteBase>(baseOf(annotation));
  const [conflict, setConflict] = useState<NoteConflict | null>(null);

  /** The stored record arrived as this tab now shows it (nothing unsaved): it is the new base. */
  const adoptBase = useCallback((next: Annotation) => {
    base.current = baseOf(next);
  }, []);

  const save = useCallback(async (note: string, force = false): Promise<boolean> => {
    try {
      const result = await updateFrom(base.current, { note }, 'Edit note', { force });
      if (result.status === 'applied' || result.status === 'merged') {
        base.current = { annotation: result.annotation, revision: result.revision };
        setConflict(null);
        return true;
      }
      if (result.status === 'conflict') {
        setConflict({
          mine: note,
          theirs: result.theirs.note,
          base: { annotation: result.theirs, revision: result.revision },
        });
        return false;
      }
      useAppStore.getState().showToast({
        tone: 'error',
        message:
          'This annotation is no longer stored (it was deleted elsewhere); your note was not saved.',
      });
      return false;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      useAppStore
        .getState()
        .showToast({ tone: 'error', message: `Saving the annotation failed: ${message}` });
      return false;
    }
  }, []);

  /** Writes this tab's text over the other tab's. */
  const keepMine = useCallback(async () => {
    if (!conflict) return false;
    base.current = conflict.base;
    return save(conflict.mine, true);
  }, [conflict, save]);

  /** Takes the other tab's text; returns it for the editor to show. */
  const keepTheirs = useCallback(() => {
    if (!conflict) return null;
    base.current = conflict.base;
    setConflict(null);
    return conflict.theirs;
  }, [conflict]);

  return { save, conflict, adoptBase, keepMine, keepTheirs };
}
