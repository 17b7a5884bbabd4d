import { createStore, type StoreApi } from 'zustand';

/** A settled selection in the article, as canonical offsets. */
export interface TextSelection {
  articleId: string;
  start: number;
  end: number;
}

/** Ids offered when a click lands on several overlapping highlights, and where. */
export interface HighlightChoice {
  ids: string[];
  x: number;
  y: number;
}

/**
 * The reader's own UI state: one store per open article, made by the reader page and handed down
 * through context (docs/architecture.md "State"), so nothing else in the app re-renders with it.
 */
export interface ReaderState {
  selection: TextSelection | null;
  /** The annotation shown in the editor, if any. */
  activeAnnotationId: string | null;
  highlightChoice: HighlightChoice | null;
  sidebarOpen: boolean;
  shortcutsOpen: boolean;
  setSelection: (selection: TextSelection | null) => void;
  setActiveAnnotation: (id: string | null) => void;
  setHighlightChoice: (choice: HighlightChoice | null) => void;
  setSidebarOpen: (open: boolean) => void;
  setShortcutsOpen: (open: boolean) => void;
}

export type ReaderStore = StoreApi<ReaderState>;

export function createReaderStore(): ReaderStore {
  return createStore<ReaderState>()((set) => ({
    selection: null,
    activeAnnotationId: null,
    highlightChoice: null,
    sidebarOpen: false,
    shortcutsOpen: false,
    setSelection: (selection) => set({ selection }),
    setActiveAnnotation: (activeAnnotationId) => set({ activeAnnotationId, highlightChoice: null }),
    setHighlightChoice: (highlightChoice) => set({ highlightChoice }),
    setSidebarOpen: (sidebarOpen) => set({ sidebarOpen }),
    setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  }));
}
