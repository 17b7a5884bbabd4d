import type { StateCreator } from 'zustand';
import type { LibrarySortKey } from '../domain/library';

export interface UiSlice {
  showPageExtras: boolean;
  librarySort: LibrarySortKey;
  libraryFilter: string;
  setShowPageExtras: (show: boolean) => void;
  setLibrarySort: (sort: LibrarySortKey) => void;
  setLibraryFilter: (filter: string) => void;
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  showPageExtras: false,
  librarySort: 'title',
  libraryFilter: '',
  setShowPageExtras: (showPageExtras) => set({ showPageExtras }),
  setLibrarySort: (librarySort) => set({ librarySort }),
  setLibraryFilter: (libraryFilter) => set({ libraryFilter }),
});
