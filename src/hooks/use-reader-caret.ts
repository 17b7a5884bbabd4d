import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { ReaderCaret } from '../reader-dom';

/**
 * The article text's keyboard caret (src/reader-dom/caret.ts) over the region in `textRef`,
 * drawn in `caretRef` and announced in `liveRef`. Returns the key handler for the region.
 */
export function useReaderCaret(
  textRef: RefObject<HTMLElement | null>,
  caretRef: RefObject<HTMLElement | null>,
  liveRef: RefObject<HTMLElement | null>,
): (event: KeyboardEvent) => boolean {
  const caret = useRef<ReaderCaret | null>(null);
  useEffect(() => {
    const root = textRef.current;
    const view = { caret: caretRef.current, live: liveRef.current };
    if (!root || !view.caret || !view.live) return;
    const created = new ReaderCaret(root, { caret: view.caret, live: view.live });
    caret.current = created;
    return () => {
      created.disconnect();
      caret.current = null;
    };
  }, [textRef, caretRef, liveRef]);
  return useCallback((event: KeyboardEvent) => caret.current?.handleKey(event) ?? false, []);
}
