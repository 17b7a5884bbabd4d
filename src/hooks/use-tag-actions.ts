import { useMemo } from 'react';
import { tagsRepo } from '../db';
import type { MergedTags } from '../db/tags-repo';
import type { NewTagInput, TagPatch } from '../domain/codebook';
import type { Tag } from '../domain/model';
import { deleteTagUndoably, mergeTagsUndoably } from './tag-actions';

export interface TagActions {
  /** Adds a tag to the codebook. @throws CodebookError naming the field at fault */
  createTag(input: NewTagInput): Promise<Tag>;
  /** Edits a tag. @throws CodebookError naming the field at fault, NotFoundError */
  updateTag(id: string, patch: TagPatch): Promise<Tag>;
  /** Merges `sourceId` into `targetId`; undoable, announced in a toast with Undo. */
  mergeTags(sourceId: string, targetId: string): Promise<MergedTags>;
  /** Deletes a tag (annotations keep their other tags); undoable, with an Undo toast. */
  deleteTag(id: string): Promise<void>;
}

/** Codebook writes for components, which never reach the repos themselves. */
export function useTagActions(): TagActions {
  return useMemo(
    () => ({
      createTag: (input) => tagsRepo.create(input),
      updateTag: (id, patch) => tagsRepo.update(id, patch),
      mergeTags: mergeTagsUndoably,
      deleteTag: deleteTagUndoably,
    }),
    [],
  );
}
