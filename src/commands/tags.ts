import { tagsRepo } from '../db';
import type { MergedTags } from '../db/tags-repo';
import type { NewTagInput, TagPatch } from '../domain/codebook';
import type { Tag } from '../domain/model';
import { runCommand, runUndoable, type CommandResult } from './run';

/*
 * Codebook commands. A form shows a refused value next to its field, so create and update leave
 * the report to the caller (the failure's `error` is the CodebookError naming the field).
 */

/** Adds a tag to the codebook. */
export function createTag(input: NewTagInput): Promise<CommandResult<Tag>> {
  return runCommand('Adding the tag', () => tagsRepo.create(input), { report: 'caller' });
}

/** Edits a tag. */
export function updateTag(id: string, patch: TagPatch): Promise<CommandResult<Tag>> {
  return runCommand('Saving the tag', () => tagsRepo.update(id, patch), { report: 'caller' });
}

function count(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'annotation' : 'annotations'}`;
}

/** "Merged “A” into “B”: B had 3 annotations, now 5." */
export function mergeMessage(merged: MergedTags): string {
  const { source, target, before, after } = merged;
  return `Merged “${source.name}” into “${target.name}”: ${target.name} had ${count(before.target)}, now ${after}.`;
}

/** Merges one tag into another; undoable, announced in a toast with Undo. */
export function mergeTags(sourceId: string, targetId: string): Promise<CommandResult<MergedTags>> {
  return runUndoable(
    {
      label: (merged) => `Merge “${merged.source.name}” into “${merged.target.name}”`,
      failure: 'Merging the tags',
      apply: () => tagsRepo.merge(sourceId, targetId),
      undo: async (merged) => {
        await tagsRepo.restoreMerged(merged);
      },
      redo: () => tagsRepo.merge(sourceId, targetId),
      toast: mergeMessage,
    },
    { report: 'caller' },
  );
}

/** Deletes a tag (annotations keep their other tags); undoable, with an Undo toast. */
export function deleteTag(id: string): Promise<CommandResult<unknown>> {
  return runUndoable(
    {
      label: (removed) => `Delete tag “${removed.tag.name}”`,
      failure: 'Deleting the tag',
      apply: () => tagsRepo.remove(id),
      undo: async (removed) => {
        await tagsRepo.restoreRemoved(removed);
      },
      redo: () => tagsRepo.remove(id),
      toast: () => 'Tag deleted.',
    },
    { report: 'caller' },
  );
}
