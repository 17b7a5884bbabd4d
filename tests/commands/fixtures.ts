import { test as base } from 'vitest';
import { resetAppStore, useAppStore } from '../../src/store';

/** The app store as a command test sees it: emptied before, and its toasts at hand. */
export const test = base.extend<{ toasts: () => string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Vitest fixtures take their dependencies first
  toasts: async ({}, provide) => {
    resetAppStore();
    await provide(() => useAppStore.getState().toasts.map((t) => t.message));
    resetAppStore();
  },
});
