import { useState, type ReactNode } from 'react';
import { ReaderStoreContext } from '../hooks/use-reader-store';
import { createReaderStore } from '../store';

/** Gives one open article its own reader store; key it by article so each article starts afresh. */
export function ReaderScope({ children }: { children: ReactNode }) {
  const [store] = useState(createReaderStore);
  return <ReaderStoreContext.Provider value={store}>{children}</ReaderStoreContext.Provider>;
}
