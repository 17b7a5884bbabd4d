import { useEffect, useState, type RefObject } from 'react';
import { useAppStore } from '../store';
import { rangeToOffsets } from './selection-offsets';

export interface SelectionRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Follows the document selection inside the article body: its canonical offsets go to the store
 * (for the toolbar, `h` and hotkeys), and its on-screen box is returned for placing the toolbar.
 */
export function useTextSelection(
  bodyRef: RefObject<HTMLElement | null>,
  articleId: string,
  text: string | null,
) {
  const setSelection = useAppStore((s) => s.setSelection);
  const [rect, setRect] = useState<SelectionRect | null>(null);

  useEffect(() => {
    if (text === null) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const root = bodyRef.current;
        const selection = document.getSelection();
        const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
        const offsets = root && range ? rangeToOffsets(root, range, text) : null;
        if (!offsets || !range) {
          setSelection(null);
          setRect(null);
          return;
        }
        setSelection({ articleId, ...offsets });
        const box =
          typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
        setRect(
          box
            ? {
                top: box.top + window.scrollY,
                bottom: box.bottom + window.scrollY,
                left: box.left,
                right: box.right,
              }
            : { top: 0, bottom: 0, left: 0, right: 0 },
        );
      });
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('pointerup', update);
    document.addEventListener('keyup', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('pointerup', update);
      document.removeEventListener('keyup', update);
      setSelection(null);
    };
  }, [bodyRef, articleId, text, setSelection]);

  return rect;
}
