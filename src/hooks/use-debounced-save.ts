import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

/**
 * Debounces saving `value`; the value on first render counts as saved. Flushes at once on
 * `flush()`, on unmount and on `pagehide`, so closing the tab mid-typing keeps the text.
 * `adopt(v)` records a value that arrived from elsewhere (undo, another tab) as saved.
 */
export function useDebouncedSave<T>(value: T, save: (value: T) => Promise<boolean>, delay = 500) {
  const [state, setState] = useState<SaveState>('saved');
  const written = useRef(value);
  const latest = useRef({ value, save });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  latest.current = { value, save };

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { value: current, save: write } = latest.current;
    if (Object.is(current, written.current)) return;
    written.current = current;
    setState('saving');
    void write(current).then((ok) => setState(ok ? 'saved' : 'error'));
  }, []);

  const adopt = useCallback((next: T) => {
    written.current = next;
  }, []);

  useEffect(() => {
    if (Object.is(value, written.current)) return;
    setState('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, delay);
  }, [value, delay, flush]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { state, flush, adopt };
}
