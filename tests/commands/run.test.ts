import { describe, expect } from 'vitest';
import { redoLast, runCommand, runUndoable, undoLast } from '../../src/commands';
import { useAppStore } from '../../src/store';
import { test } from './fixtures';

function counter() {
  const box = { value: 0 };
  const change = (label: string) => ({
    label,
    failure: `Counting ${label}`,
    apply: async () => ++box.value,
    undo: async () => {
      box.value -= 1;
    },
    redo: async () => ++box.value,
    toast: () => `${label} done.`,
  });
  return { box, change };
}

describe('runUndoable', () => {
  test('applies a change, records it, and undoes and redoes it', async ({ toasts }) => {
    const { box, change } = counter();
    const result = await runUndoable(change('one'));
    expect(result).toEqual({ ok: true, value: 1 });
    expect(useAppStore.getState().past.map((c) => c.label)).toEqual(['one']);
    await undoLast();
    expect(box.value).toBe(0);
    await redoLast();
    expect(box.value).toBe(1);
    expect(toasts()).toEqual(['one done.', 'Undone: one.', 'Redone: one.']);
  });

  test('reports a failure as a result and a toast, and records nothing', async ({ toasts }) => {
    const result = await runUndoable({
      label: 'Broken',
      failure: 'Saving the thing',
      apply: async () => {
        throw new Error('the disk is full');
      },
      undo: async () => undefined,
      redo: async () => undefined,
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toBe('Saving the thing failed: the disk is full');
    expect(toasts()).toEqual(['Saving the thing failed: the disk is full']);
    expect(useAppStore.getState().past).toEqual([]);
  });

  test('leaves the report to the caller when asked', async ({ toasts }) => {
    const error = new Error('no');
    const result = await runCommand(
      'Saving',
      async () => {
        throw error;
      },
      { report: 'caller' },
    );
    expect(result).toEqual({ ok: false, message: 'Saving failed: no', error });
    expect(toasts()).toEqual([]);
  });

  test('a toast’s Undo takes back its own change only, never a later one', async ({ toasts }) => {
    const { box, change } = counter();
    await runUndoable(change('first'));
    const firstToast = useAppStore.getState().toasts.at(-1);
    await runUndoable(change('second'));
    firstToast?.action?.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(box.value).toBe(2);
    expect(toasts().at(-1)).toBe('first is no longer the last change; undo the later ones first.');

    const secondToast = useAppStore.getState().toasts.find((t) => t.message === 'second done.');
    secondToast?.action?.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(box.value).toBe(1);
    expect(useAppStore.getState().past.map((c) => c.label)).toEqual(['first']);
  });
});
