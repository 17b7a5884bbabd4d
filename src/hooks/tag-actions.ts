import { tagsRepo } from '../db';
import type { MergedTags } from '../db/tags-repo';
import { useAppStore, type Command } from '../store';
import { undoLast } from './annotation-actions';

function count(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'annotation' : 'annotations'}`;
}

/** "Merged “A” into “B”: B had 3 annotations, now 5." */
export function mergeMessage(merged: MergedTags): string {
  const { source, target, before, after } = merged;
  return `Merged “${source.name}” into “${target.name}”: ${target.name} had ${count(before.target)}, now ${after}.`;
}

/**
 * The toast's Undo takes back this change only: when something else was done
 * since, undoing from here would take back that instead, so it says so.
 */
function undoThis(command: Command): void {
  const store = useAppStore.getState();
  if (store.past.at(-1) === command) {
    void undoLast();
    return;
  }
  store.showToast({
    tone: 'error',
    message: `${command.label} is no longer the last change; undo the later ones first.`,
  });
}

function recordWithToast(command: Command, message: string): void {
  const store = useAppStore.getState();
  store.record(command);
  store.showToast({
    tone: 'info',
    message,
    action: { label: 'Undo', run: () => undoThis(command) },
  });
}

/**
 * Merges one tag into another, records it for undo and says what happened in
 * a toast with Undo. A failure is thrown for the caller to show; nothing changed.
 */
export async function mergeTagsUndoably(sourceId: string, targetId: string): Promise<MergedTags> {
  let merged = await tagsRepo.merge(sourceId, targetId);
  const message = mergeMessage(merged);
  recordWithToast(
    {
      label: `Merge “${merged.source.name}” into “${merged.target.name}”`,
      undo: async () => {
        await tagsRepo.restoreMerged(merged);
      },
      redo: async () => {
        merged = await tagsRepo.merge(sourceId, targetId);
      },
    },
    message,
  );
  return merged;
}

/**
 * Deletes a tag (annotations keep their other tags), records it for undo and
 * offers Undo in a toast. A failure is thrown for the caller to show.
 */
export async function deleteTagUndoably(id: string): Promise<void> {
  let removed = await tagsRepo.remove(id);
  recordWithToast(
    {
      label: `Delete tag “${removed.tag.name}”`,
      undo: async () => {
        await tagsRepo.restoreRemoved(removed);
      },
      redo: async () => {
        removed = await tagsRepo.remove(id);
      },
    },
    'Tag deleted.',
  );
}
