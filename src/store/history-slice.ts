import type { StateCreator } from 'zustand';

/** One undoable change: how to take it back and how to do it again. */
export interface Command {
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

export interface HistorySlice {
  past: Command[];
  future: Command[];
  /** Records a change that has already been applied. */
  record: (command: Command) => void;
  undo: () => Promise<Command | null>;
  redo: () => Promise<Command | null>;
}

const LIMIT = 200;

/**
 * Thrown by a command's undo or redo that refused to run because the record is no longer what
 * this tab left (another tab changed it). Such a command can never apply again, so the history
 * drops it instead of keeping it on top, where it would block every earlier undo.
 */
export class StaleCommandError extends Error {
  override readonly name = 'StaleCommandError';
}

/** Runs one step; a stale command is removed from `from` before its error goes on. */
async function step(run: () => Promise<void>, drop: () => void): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof StaleCommandError) drop();
    throw error;
  }
}

/** Undo/redo of annotation changes, in memory for the session (Recogito-style command stack). */
export const createHistorySlice: StateCreator<HistorySlice, [], [], HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  record: (command) => set((s) => ({ past: [...s.past, command].slice(-LIMIT), future: [] })),
  undo: async () => {
    const command = get().past.at(-1);
    if (!command) return null;
    await step(command.undo, () => set((s) => ({ past: s.past.filter((c) => c !== command) })));
    set((s) => ({ past: s.past.slice(0, -1), future: [...s.future, command] }));
    return command;
  },
  redo: async () => {
    const command = get().future.at(-1);
    if (!command) return null;
    await step(command.redo, () => set((s) => ({ future: s.future.filter((c) => c !== command) })));
    set((s) => ({ future: s.future.slice(0, -1), past: [...s.past, command] }));
    return command;
  },
});
