import { LOCAL_CODER_ID } from '../domain/coders/ids';
import { annotationsRepo, tagsRepo } from '../db';
import { describeRange } from '../domain/anchoring';
import type { Annotation, TextRange } from '../domain/model';
import { useAppStore } from '../store';

/** Stores a note at once for a page that is going away (see db/exit-save). */
export { saveNoteOnExit } from '../db/exit-save';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs a write; a failure becomes a visible error toast (the repos write all or nothing). */
async function attempt<T>(what: string, write: () => Promise<T>): Promise<T | null> {
  try {
    return await write();
  } catch (error) {
    useAppStore
      .getState()
      .showToast({ tone: 'error', message: `${what} failed: ${errorMessage(error)}` });
    return null;
  }
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
export function createHighlight(input: NewHighlight): Promise<Annotation | null> {
  return attempt('Saving the highlight', async () => {
    const now = new Date().toISOString();
    const annotation: Annotation = {
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
      coderId: LOCAL_CODER_ID,
    };
    const created = await annotationsRepo.create(annotation);
    useAppStore.getState().record({
      label: 'Create highlight',
      undo: async () => {
        await annotationsRepo.remove(created.id);
      },
      redo: async () => {
        await annotationsRepo.restore(created);
      },
    });
    return created;
  });
}

type Patch = Parameters<typeof annotationsRepo.update>[1];

/** Applies an edit and records it for undo (undo puts the previous record back). */
export function updateAnnotation(
  id: string,
  patch: Patch,
  label = 'Edit annotation',
): Promise<Annotation | null> {
  return attempt('Saving the annotation', async () => {
    const before = await annotationsRepo.get(id);
    const after = await annotationsRepo.update(id, patch);
    if (before) {
      useAppStore.getState().record({
        label,
        undo: async () => {
          await annotationsRepo.restore(before);
        },
        redo: async () => {
          await annotationsRepo.restore(after);
        },
      });
    }
    return after;
  });
}

/** Deletes an annotation, with an Undo toast. */
export async function deleteAnnotation(id: string): Promise<void> {
  const removed = await attempt('Deleting the annotation', () => annotationsRepo.remove(id));
  if (!removed) return;
  const store = useAppStore.getState();
  store.record({
    label: 'Delete annotation',
    undo: async () => {
      await annotationsRepo.restore(removed);
    },
    redo: async () => {
      await annotationsRepo.remove(removed.id);
    },
  });
  if (store.activeAnnotationId === id) store.setActiveAnnotation(null);
  store.showToast({
    tone: 'info',
    message: 'Annotation deleted.',
    action: { label: 'Undo', run: () => void undoLast() },
  });
}

/** Adds a tag by name to an annotation, creating the tag in the codebook when it is new. */
export async function addTagByName(
  annotation: Annotation,
  name: string,
): Promise<Annotation | null> {
  const tag = await attempt('Adding the tag', () => tagsRepo.findOrCreateByName(name));
  if (!tag) return null;
  if (annotation.tagIds.includes(tag.id)) return annotation;
  return updateAnnotation(annotation.id, { tagIds: [...annotation.tagIds, tag.id] }, 'Add tag');
}

export function removeTag(annotation: Annotation, tagId: string): Promise<Annotation | null> {
  return updateAnnotation(
    annotation.id,
    { tagIds: annotation.tagIds.filter((id) => id !== tagId) },
    'Remove tag',
  );
}

/** Undo, reporting what was undone (or why it could not be). */
export async function undoLast(): Promise<void> {
  const store = useAppStore.getState();
  const command = await attempt('Undo', () => store.undo());
  if (command) store.showToast({ tone: 'info', message: `Undone: ${command.label}.` });
}

export async function redoLast(): Promise<void> {
  const store = useAppStore.getState();
  const command = await attempt('Redo', () => store.redo());
  if (command) store.showToast({ tone: 'info', message: `Redone: ${command.label}.` });
}

/** Accepts a fuzzy match: stores the proposed ranges against the current text. */
export async function confirmAnchor(
  annotation: Annotation,
  ranges: TextRange[],
  textHash: string,
): Promise<void> {
  await updateAnnotation(annotation.id, { ranges, textHash, status: 'moved' }, 'Confirm highlight');
}

/** Moves an orphaned (or any) annotation onto the current selection. */
export async function reattachAnnotation(
  annotation: Annotation,
  text: string,
  textHash: string,
  start: number,
  end: number,
): Promise<void> {
  const ranges = [describeRange(text, start, end)];
  await updateAnnotation(
    annotation.id,
    { ranges, textHash, status: 'exact' },
    'Re-attach highlight',
  );
}
