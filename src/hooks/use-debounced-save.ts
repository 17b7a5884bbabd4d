import { useCallback, useEffect, useRef, useState } from 'react';
import { prepareExitSaves } from '../db/exit-save';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

/**
 * Debounces saving `value`; the value on first render counts as saved. Flushes at once on
 * `flush()`, on unmount, when the page is hidden and on `pagehide`, so closing the tab
 * mid-typing keeps the text. A closing page is gone before an ordinary (async) save can
 * commit, so on `pagehide` `saveOnExit` first writes the unsaved value in one synchronously
 * committed put (see db/exit-save); the ordinary save still follows, for a page that lives on.
 * `adopt(v)` records a value that arrived from elsewhere (undo, another tab) as saved.
 */
export function useDebouncedSave<T>(
  value: T,
  save: (value: T) => Promise<boolean>,
  delay = 500,
  saveOnExit?: (value: T) => boolean,
) {
  const [state, setState] = useState<SaveState>('saved');
  const written = useRef(value);
  /** The value the last finished save stored; an unfinished one is lost if the page goes. */
  const stored = useRef(value);
  const latest = useRef({ value, save, saveOnExit });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  latest.current = { value, save, saveOnExit };
  const exitSaves = saveOnExit !== undefined;

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { value: current, save: write } = latest.current;
    if (Object.is(current, written.current)) return;
    written.current = current;
    setState('saving');
    void write(current).then((ok) => {
      if (ok) stored.current = current;
      setState(ok ? 'saved' : 'error');
    });
  }, []);

  const adopt = useCallback((next: T) => {
    written.current = next;
    stored.current = next;
  }, []);

  useEffect(() => {
    if (Object.is(value, written.current)) return;
    setState('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, delay);
  }, [value, delay, flush]);

  useEffect(() => {
    if (exitSaves) prepareExitSaves();
  }, [exitSaves]);

  useEffect(() => {
    const leave = () => {
      const { value: current, saveOnExit: saveNow } = latest.current;
      if (!Object.is(current, stored.current)) saveNow?.(current);
      flush();
    };
    // Hidden, the page may be discarded later without a pagehide; the ordinary save has time.
    const hide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hide);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hide);
      flush();
    };
  }, [flush]);

  return { state, flush, adopt };
}
