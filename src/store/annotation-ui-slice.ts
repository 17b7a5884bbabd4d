import type { StateCreator } from 'zustand';

/** A selection in the article, as canonical offsets. */
export interface TextSelection {
  articleId: string;
  start: number;
  end: number;
}

export interface AnnotationUiSlice {
  selection: TextSelection | null;
  /** The annotation shown in the editor, if any. */
  activeAnnotationId: string | null;
  /** Ids offered when a click lands on several overlapping highlights. */
  highlightChoice: { ids: string[]; x: number; y: number } | null;
  sidebarOpen: boolean;
  shortcutsOpen: boolean;
  /** Set when a new highlight's editor should take focus in its Tags field once it appears. */
  focusTagsOnOpen: boolean;
  setSelection: (selection: TextSelection | null) => void;
  setActiveAnnotation: (id: string | null) => void;
  setHighlightChoice: (choice: AnnotationUiSlice['highlightChoice']) => void;
  setSidebarOpen: (open: boolean) => void;
  setShortcutsOpen: (open: boolean) => void;
  setFocusTagsOnOpen: (focus: boolean) => void;
}

export const createAnnotationUiSlice: StateCreator<AnnotationUiSlice, [], [], AnnotationUiSlice> = (
  set,
) => ({
  selection: null,
  activeAnnotationId: null,
  highlightChoice: null,
  sidebarOpen: false,
  shortcutsOpen: false,
  focusTagsOnOpen: false,
  setSelection: (selection) => set({ selection }),
  setActiveAnnotation: (activeAnnotationId) => set({ activeAnnotationId, highlightChoice: null }),
  setHighlightChoice: (highlightChoice) => set({ highlightChoice }),
  setSidebarOpen: (sidebarOpen) => set({ sidebarOpen }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setFocusTagsOnOpen: (focusTagsOnOpen) => set({ focusTagsOnOpen }),
});
