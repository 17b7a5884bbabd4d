import { useMemo } from 'react';
import { tagsRepo } from '../db';
import type { NewTagInput, TagPatch } from '../domain/codebook';
import type { Tag } from '../domain/model';

export interface TagActions {
  /** Adds a tag to the codebook. @throws CodebookError naming the field at fault */
  createTag(input: NewTagInput): Promise<Tag>;
  /** Edits a tag. @throws CodebookError naming the field at fault, NotFoundError */
  updateTag(id: string, patch: TagPatch): Promise<Tag>;
}

/** Codebook writes for components, which never reach the repos themselves. */
export function useTagActions(): TagActions {
  return useMemo(
    () => ({
      createTag: (input) => tagsRepo.create(input),
      updateTag: (id, patch) => tagsRepo.update(id, patch),
    }),
    [],
  );
}
