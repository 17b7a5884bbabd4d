import { useEffect, useState, type RefObject } from 'react';
import { SelectionObserver, rangeToOffsets } from '../reader-dom';
import { useReaderStoreApi } from './use-reader-store';

export interface SelectionRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function pageRect(range: Range): SelectionRect {
  if (typeof range.getBoundingClientRect !== 'function')
    return { top: 0, bottom: 0, left: 0, right: 0 };
  const box = range.getBoundingClientRect();
  return {
    top: box.top + window.scrollY,
    bottom: box.bottom + window.scrollY,
    left: box.left,
    right: box.right,
  };
}

/**
 * Subscribes to the settled selection inside the article body: its canonical offsets go to the
 * reader store (for the toolbar and "Re-attach"), and its on-screen box is returned for placing
 * the toolbar. Commands read the live selection themselves when they run.
 */
export function useTextSelection(
  bodyRef: RefObject<HTMLElement | null>,
  articleId: string,
  text: string,
): SelectionRect | null {
  const store = useReaderStoreApi();
  const [rect, setRect] = useState<SelectionRect | null>(null);

  useEffect(() => {
    const observer = new SelectionObserver((range) => {
      const root = bodyRef.current;
      const offsets = root && range ? rangeToOffsets(root, range, text) : null;
      if (!offsets || !range) {
        store.getState().setSelection(null);
        setRect(null);
        return;
      }
      store.getState().setSelection({ articleId, ...offsets });
      setRect(pageRect(range));
    });
    return () => {
      observer.disconnect();
      store.getState().setSelection(null);
    };
  }, [bodyRef, articleId, text, store]);

  return rect;
}
