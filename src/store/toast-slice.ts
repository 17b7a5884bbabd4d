import type { StateCreator } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** An optional action, e.g. "Undo" after a delete. */
  action?: { label: string; run: () => void };
}

export interface ToastSlice {
  toasts: Toast[];
  showToast: (toast: Omit<Toast, 'id'>) => number;
  dismissToast: (id: number) => void;
}

let nextId = 1;

/** More than this would stack over the page; the oldest goes first. */
export const MAX_TOASTS = 3;

export const createToastSlice: StateCreator<ToastSlice, [], [], ToastSlice> = (set) => ({
  toasts: [],
  showToast: (toast) => {
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts.slice(-(MAX_TOASTS - 1)), { ...toast, id }] }));
    return id;
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
});
