import type { StateCreator } from 'zustand';
import type { LibrarySortKey } from '../domain/library';

export interface UiSlice {
  currentArticleId: string | null;
  showPageExtras: boolean;
  librarySort: LibrarySortKey;
  libraryFilter: string;
  setCurrentArticle: (id: string | null) => void;
  setShowPageExtras: (show: boolean) => void;
  setLibrarySort: (sort: LibrarySortKey) => void;
  setLibraryFilter: (filter: string) => void;
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  currentArticleId: null,
  showPageExtras: false,
  librarySort: 'title',
  libraryFilter: '',
  setCurrentArticle: (currentArticleId) => set({ currentArticleId }),
  setShowPageExtras: (showPageExtras) => set({ showPageExtras }),
  setLibrarySort: (librarySort) => set({ librarySort }),
  setLibraryFilter: (libraryFilter) => set({ libraryFilter }),
});
