import { errorMessage } from '../domain/error-message';
import { useAppStore, type Command } from '../store';

/** What every command resolves to: it never throws; a failure carries a sentence for the user. */
export type CommandResult<T> =
  { ok: true; value: T } | { ok: false; message: string; error: unknown };

export interface CommandOptions {
  /**
   * Who tells the user about a failure: an error toast (the default), or the caller, which shows
   * the message where the user is (a form field, a dialog).
   */
  report?: 'toast' | 'caller';
}

function fail<T>(failure: string, error: unknown, options: CommandOptions): CommandResult<T> {
  const message = `${failure} failed: ${errorMessage(error)}`;
  if (options.report !== 'caller') useAppStore.getState().showToast({ tone: 'error', message });
  return { ok: false, message, error };
}

/**
 * Runs a write that is not undoable. `failure` names it for the message ("Saving the tag"):
 * the repos write all or nothing, so a failure means nothing changed.
 */
export async function runCommand<T>(
  failure: string,
  apply: () => Promise<T>,
  options: CommandOptions = {},
): Promise<CommandResult<T>> {
  try {
    return { ok: true, value: await apply() };
  } catch (error) {
    return fail(failure, error, options);
  }
}

export interface Undoable<T> {
  /** What the change is called in Undo/Redo ("Create highlight"). */
  label: string | ((value: T) => string);
  /** The write in words, for a failure ("Saving the highlight"). */
  failure: string;
  apply: () => Promise<T>;
  /** Takes the change back, given what `apply` (or the last `redo`) returned. */
  undo: (value: T) => Promise<void>;
  /** Makes the change again; returns the new value when redoing produces one. */
  redo: (value: T) => Promise<T | void>;
  /** When set, an info toast says so with an Undo that takes back this change only. */
  toast?: (value: T) => string;
}

/**
 * Runs an undoable change: applies it, records it on the undo stack (Recogito-style command
 * history, see docs/architecture.md "Commands") and, when asked, announces it with an Undo toast.
 */
export async function runUndoable<T>(
  change: Undoable<T>,
  options: CommandOptions = {},
): Promise<CommandResult<T>> {
  const result = await runCommand(change.failure, change.apply, options);
  if (!result.ok) return result;
  let current = result.value;
  const command: Command = {
    label: typeof change.label === 'function' ? change.label(current) : change.label,
    undo: () => change.undo(current),
    redo: async () => {
      const again = await change.redo(current);
      if (again !== undefined) current = again;
    },
  };
  const store = useAppStore.getState();
  store.record(command);
  if (change.toast) {
    store.showToast({
      tone: 'info',
      message: change.toast(current),
      action: { label: 'Undo', run: () => void undoCommand(command) },
    });
  }
  return result;
}

/** Undo, reporting what was undone (or why it could not be). */
export async function undoLast(): Promise<void> {
  const store = useAppStore.getState();
  const result = await runCommand('Undo', () => store.undo());
  if (result.ok && result.value)
    store.showToast({ tone: 'info', message: `Undone: ${result.value.label}.` });
}

export async function redoLast(): Promise<void> {
  const store = useAppStore.getState();
  const result = await runCommand('Redo', () => store.redo());
  if (result.ok && result.value)
    store.showToast({ tone: 'info', message: `Redone: ${result.value.label}.` });
}

/**
 * The Undo of a toast takes back that change only: when something else was done since, undoing
 * from here would take back the later change instead, so it says so and changes nothing.
 */
export async function undoCommand(command: Command): Promise<void> {
  const store = useAppStore.getState();
  if (store.past.at(-1) === command) {
    await undoLast();
    return;
  }
  store.showToast({
    tone: 'error',
    message: `${command.label} is no longer the last change; undo the later ones first.`,
  });
}

/** The value of a result, or its error thrown: for forms and dialogs that show a thrown error. */
export function unwrap<T>(result: CommandResult<T>): T {
  if (result.ok) return result.value;
  throw result.error;
}
