import type { StateCreator } from 'zustand';

export type LibrarySort = 'title' | 'date' | 'outlet';

export interface UiSlice {
  showPageExtras: boolean;
  librarySort: LibrarySort;
  libraryFilter: string;
  setShowPageExtras: (show: boolean) => void;
  setLibrarySort: (sort: LibrarySort) => void;
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
