import { describe, expect } from 'vitest';
import {
  createHighlight,
  deleteAnnotation,
  toggleTag,
  undoLast,
  updateAnnotation,
} from '../../src/commands';
import { annotationsRepo, tagsRepo } from '../../src/db';
import { useAppStore } from '../../src/store';
import { test } from './fixtures';

const text = 'Lavrov met Kerry in Geneva to talk about Syria.';
const hash = 'b'.repeat(64);

function highlight(start: number, end: number) {
  return createHighlight({ articleId: 'a1', text, textHash: hash, start, end });
}

async function flush() {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('annotation commands', () => {
  test('create a highlight with its quote and context, undoably', async () => {
    const created = await highlight(11, 16);
    if (!created.ok) throw new Error(created.message);
    expect(created.value.ranges[0]).toMatchObject({ start: 11, end: 16, exact: 'Kerry' });
    expect(await annotationsRepo.get(created.value.id)).toEqual(created.value);
    await undoLast();
    expect(await annotationsRepo.get(created.value.id)).toBeUndefined();
  });

  test('the Undo of a delete toast restores that annotation, not a later edit', async ({
    toasts,
  }) => {
    const first = await highlight(0, 6);
    const second = await highlight(11, 16);
    if (!first.ok || !second.ok) throw new Error('not created');
    await deleteAnnotation(first.value.id);
    const deleteToast = useAppStore
      .getState()
      .toasts.find((t) => t.message === 'Annotation deleted.');
    await updateAnnotation(second.value.id, { note: 'later' }, 'Edit note');

    deleteToast?.action?.run();
    await flush();
    expect(await annotationsRepo.get(first.value.id)).toBeUndefined();
    expect((await annotationsRepo.get(second.value.id))?.note).toBe('later');
    expect(toasts().at(-1)).toMatch(/no longer the last change/);

    await undoLast(); // the note edit
    const again = useAppStore.getState().toasts.find((t) => t.message === 'Annotation deleted.');
    again?.action?.run();
    await flush();
    expect(await annotationsRepo.get(first.value.id)).toEqual(first.value);
  });

  test('toggle a tag on and off', async () => {
    const tag = await tagsRepo.create({ name: 'Diplomacy' });
    const created = await highlight(0, 6);
    if (!created.ok) throw new Error(created.message);
    const on = await toggleTag(created.value, tag.id);
    expect(on.ok && on.value.tagIds).toEqual([tag.id]);
    if (!on.ok) return;
    const off = await toggleTag(on.value, tag.id);
    expect(off.ok && off.value.tagIds).toEqual([]);
  });

  test('a failed edit says what failed and changes nothing', async ({ toasts }) => {
    const result = await updateAnnotation(crypto.randomUUID(), { note: 'x' });
    expect(result.ok).toBe(false);
    expect(toasts()[0]).toMatch(/^Saving the annotation failed: /);
    expect(useAppStore.getState().past).toEqual([]);
  });
});

describe('undo of a change another tab has overwritten', () => {
  test('is refused, says so, and leaves the stack so earlier changes can still be undone', async ({
    toasts,
  }) => {
    const first = await highlight(0, 6);
    const second = await highlight(11, 16);
    if (!first.ok || !second.ok) throw new Error('not created');
    // Another tab writes a note on the second highlight: this tab's "Create highlight" is stale.
    await annotationsRepo.update(second.value.id, { note: 'from the other tab' });

    await undoLast();
    expect(toasts().at(-1)).toMatch(/changed in another tab since, so nothing was changed here/);
    expect((await annotationsRepo.get(second.value.id))?.note).toBe('from the other tab');
    expect(useAppStore.getState().past.map((c) => c.label)).toHaveLength(1);

    await undoLast(); // now the first highlight's creation, untouched elsewhere
    expect(await annotationsRepo.get(first.value.id)).toBeUndefined();
    expect(await annotationsRepo.get(second.value.id)).toBeDefined();
    expect(useAppStore.getState().future).toHaveLength(1);
  });
});
