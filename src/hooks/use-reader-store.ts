import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ReaderState, ReaderStore } from '../store';

/** The open article's reader store (src/components/reader-scope provides it). */
export const ReaderStoreContext = createContext<ReaderStore | null>(null);

/** The reader store itself, for reading state inside event handlers. */
export function useReaderStoreApi(): ReaderStore {
  const store = useContext(ReaderStoreContext);
  if (!store) throw new Error('useReaderStore is used outside a ReaderScope');
  return store;
}

/** One slice of the open article's reader state; re-renders only when that slice changes. */
export function useReaderStore<T>(selector: (state: ReaderState) => T): T {
  return useStore(useReaderStoreApi(), selector);
}
