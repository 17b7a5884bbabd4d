import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createCorpusSlice, type CorpusSlice } from './corpus-slice';
import { createSettingsSlice, defaultSettings, type SettingsSlice } from './settings-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createHistorySlice, type HistorySlice } from './history-slice';
import { createToastSlice, type ToastSlice } from './toast-slice';

export type AppState = CorpusSlice & SettingsSlice & UiSlice & HistorySlice & ToastSlice;

/** The one bound store: UI and session state. Persisted data lives in IndexedDB, not here. */
export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createCorpusSlice(...a),
      ...createSettingsSlice(...a),
      ...createUiSlice(...a),
      ...createHistorySlice(...a),
      ...createToastSlice(...a),
    }),
    {
      name: 'gloss-settings',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Only reading preferences survive a reload; the corpus cache and UI state do not.
      partialize: (state) => ({ settings: state.settings, librarySort: state.librarySort }),
      merge: (persisted, current) => {
        const saved = (persisted ?? {}) as Partial<AppState>;
        return {
          ...current,
          settings: { ...defaultSettings, ...saved.settings },
          librarySort: saved.librarySort ?? current.librarySort,
        };
      },
    },
  ),
);

/** Resets session state between component tests. */
export function resetAppStore(): void {
  useAppStore.setState({
    manifest: { status: 'idle' },
    texts: {},
    settings: defaultSettings,
    showPageExtras: false,
    librarySort: 'title',
    libraryFilter: '',
    past: [],
    future: [],
    toasts: [],
  });
}

export type { LoadState, ReadableText } from './corpus-slice';
export type { ReadingSettings, ThemeChoice, LineWidth, FontSize } from './settings-slice';
export { FONT_SIZES } from './settings-slice';
export type { Command } from './history-slice';
export { StaleCommandError } from './history-slice';
export type { Toast } from './toast-slice';
export {
  createReaderStore,
  type ReaderState,
  type ReaderStore,
  type TextSelection,
  type HighlightChoice,
} from './reader-store';
