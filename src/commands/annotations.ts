import { annotationsRepo, conditionalAnnotations, revisionOf, tagsRepo } from '../db';
import { describeRange } from '../domain/anchoring';
import type { Annotation, TextRange } from '../domain/model';
import { StaleCommandError } from '../store';
import { runCommand, runUndoable, type CommandResult } from './run';

/** Stores a note at once for a page that is going away (see db/exit-save). */
export { saveNoteOnExit } from '../db/exit-save';

/** Undo and redo apply only to a record still as this tab left it; otherwise they say so. */
const CHANGED_ELSEWHERE =
  'this annotation was changed in another tab since, so nothing was changed here';

function unlessChanged(applied: boolean): void {
  if (!applied) throw new StaleCommandError(CHANGED_ELSEWHERE);
}

/** A record and the revision this tab last left it at. */
interface Tracked {
  annotation: Annotation;
  revision: number;
}

function tracked(annotation: Annotation): Tracked {
  return { annotation, revision: revisionOf(annotation) };
}

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
    apply: async () => {
      const now = new Date().toISOString();
      const created = await annotationsRepo.create({
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
      return tracked(created);
    },
    undo: async (state) => {
      unlessChanged(await conditionalAnnotations.removeIf(state.annotation.id, state.revision));
    },
    redo: async (state) => {
      const result = await conditionalAnnotations.restoreIf(state.annotation, 'absent');
      unlessChanged(result.applied);
      state.revision = result.revision;
    },
  }).then((result) => (result.ok ? { ok: true, value: result.value.annotation } : result));
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
      return { before, after, revision: revisionOf(after) };
    },
    undo: async (state) => {
      if (!state.before) return;
      const result = await conditionalAnnotations.restoreIf(state.before, state.revision);
      unlessChanged(result.applied);
      state.revision = result.revision;
    },
    redo: async (state) => {
      const result = await conditionalAnnotations.restoreIf(state.after, state.revision);
      unlessChanged(result.applied);
      state.revision = result.revision;
    },
  }).then((result) => (result.ok ? { ok: true, value: result.value.after } : result));
}

/** Deletes an annotation, with a toast whose Undo restores exactly this one. */
export function deleteAnnotation(id: string): Promise<CommandResult<Annotation>> {
  return runUndoable({
    label: 'Delete annotation',
    failure: 'Deleting the annotation',
    apply: async () => tracked(await annotationsRepo.remove(id)),
    undo: async (state) => {
      const result = await conditionalAnnotations.restoreIf(state.annotation, 'absent');
      unlessChanged(result.applied);
      state.revision = result.revision;
    },
    redo: async (state) => {
      unlessChanged(await conditionalAnnotations.removeIf(state.annotation.id, state.revision));
    },
    toast: () => 'Annotation deleted.',
  }).then((result) => (result.ok ? { ok: true, value: result.value.annotation } : result));
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
