import { annotationsRepo, tagsRepo } from '../db';
import { describeRange } from '../domain/anchoring';
import type { Annotation, TextRange } from '../domain/model';
import { runCommand, runUndoable, type CommandResult } from './run';

/** Stores a note at once for a page that is going away (see db/exit-save). */
export { saveNoteOnExit } from '../db/exit-save';

export interface NewHighlight {
  articleId: string;
  text: string;
  textHash: string;
  start: number;
  end: number;
  tagIds?: string[];
}

/** Creates a highlight over [start, end) of the canonical text; undoable. */
export function createHighlight(input: NewHighlight): Promise<CommandResult<Annotation>> {
  return runUndoable({
    label: 'Create highlight',
    failure: 'Saving the highlight',
    apply: () => {
      const now = new Date().toISOString();
      return annotationsRepo.create({
        id: crypto.randomUUID(),
        articleId: input.articleId,
        textHash: input.textHash,
        ranges: [describeRange(input.text, input.start, input.end)],
        tagIds: input.tagIds ?? [],
        note: '',
        color: null,
        createdAt: now,
        updatedAt: now,
        status: 'exact',
      });
    },
    undo: async (created) => {
      await annotationsRepo.remove(created.id);
    },
    redo: async (created) => {
      await annotationsRepo.restore(created);
    },
  });
}

export type AnnotationPatch = Parameters<typeof annotationsRepo.update>[1];

/** Applies an edit and records it for undo (undo puts the previous record back). */
export function updateAnnotation(
  id: string,
  patch: AnnotationPatch,
  label = 'Edit annotation',
): Promise<CommandResult<Annotation>> {
  return runUndoable({
    label,
    failure: 'Saving the annotation',
    apply: async () => {
      const before = await annotationsRepo.get(id);
      const after = await annotationsRepo.update(id, patch);
      return { before, after };
    },
    undo: async ({ before }) => {
      if (before) await annotationsRepo.restore(before);
    },
    redo: async ({ after }) => {
      await annotationsRepo.restore(after);
    },
  }).then((result) => (result.ok ? { ok: true, value: result.value.after } : result));
}

/** Deletes an annotation, with a toast whose Undo restores exactly this one. */
export function deleteAnnotation(id: string): Promise<CommandResult<Annotation>> {
  return runUndoable({
    label: 'Delete annotation',
    failure: 'Deleting the annotation',
    apply: () => annotationsRepo.remove(id),
    undo: async (removed) => {
      await annotationsRepo.restore(removed);
    },
    redo: async (removed) => {
      await annotationsRepo.remove(removed.id);
    },
    toast: () => 'Annotation deleted.',
  });
}

/** Adds a tag by name to an annotation, creating the tag in the codebook when it is new. */
export async function addTagByName(
  annotation: Annotation,
  name: string,
): Promise<CommandResult<Annotation>> {
  const tag = await runCommand('Adding the tag', () => tagsRepo.findOrCreateByName(name));
  if (!tag.ok) return tag;
  if (annotation.tagIds.includes(tag.value.id)) return { ok: true, value: annotation };
  return updateAnnotation(
    annotation.id,
    { tagIds: [...annotation.tagIds, tag.value.id] },
    'Add tag',
  );
}

export function removeTag(
  annotation: Annotation,
  tagId: string,
): Promise<CommandResult<Annotation>> {
  return updateAnnotation(
    annotation.id,
    { tagIds: annotation.tagIds.filter((id) => id !== tagId) },
    'Remove tag',
  );
}

/** Adds the tag when the annotation lacks it, removes it when it has it. */
export function toggleTag(
  annotation: Annotation,
  tagId: string,
): Promise<CommandResult<Annotation>> {
  const tagIds = annotation.tagIds.includes(tagId)
    ? annotation.tagIds.filter((id) => id !== tagId)
    : [...annotation.tagIds, tagId];
  return updateAnnotation(annotation.id, { tagIds }, 'Change tags');
}

/** Accepts a fuzzy match: stores the proposed ranges against the current text. */
export function confirmAnchor(
  annotation: Annotation,
  ranges: TextRange[],
  textHash: string,
): Promise<CommandResult<Annotation>> {
  return updateAnnotation(
    annotation.id,
    { ranges, textHash, status: 'moved' },
    'Confirm highlight',
  );
}

/** Moves an orphaned (or any) annotation onto the current selection. */
export function reattachAnnotation(
  annotation: Annotation,
  text: string,
  textHash: string,
  start: number,
  end: number,
): Promise<CommandResult<Annotation>> {
  const ranges = [describeRange(text, start, end)];
  return updateAnnotation(
    annotation.id,
    { ranges, textHash, status: 'exact' },
    'Re-attach highlight',
  );
}
