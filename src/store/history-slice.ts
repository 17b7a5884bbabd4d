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

/** Undo/redo of annotation changes, in memory for the session (Recogito-style command stack). */
export const createHistorySlice: StateCreator<HistorySlice, [], [], HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  record: (command) => set((s) => ({ past: [...s.past, command].slice(-LIMIT), future: [] })),
  undo: async () => {
    const command = get().past.at(-1);
    if (!command) return null;
    await command.undo();
    set((s) => ({ past: s.past.slice(0, -1), future: [...s.future, command] }));
    return command;
  },
  redo: async () => {
    const command = get().future.at(-1);
    if (!command) return null;
    await command.redo();
    set((s) => ({ future: s.future.slice(0, -1), past: [...s.past, command] }));
    return command;
  },
});
