import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { annotationIdFromHash } from '../domain/annotation-link';
import { focusHighlight } from '../reader-dom';

/**
 * `/articles/:id#annotation=<id>` opens with that highlight in view, focused and in the editor.
 * Once per visit: later saves must not pull the editor or the focus back to it. Returns the
 * linked id when the article has no such highlight (once its annotations are loaded).
 */
export function useDeepLink(
  ready: boolean,
  has: (id: string) => boolean,
  open: (id: string) => void,
): string | null {
  const { hash, key } = useLocation();
  const linked = annotationIdFromHash(hash);
  const opened = useRef<string | null>(null);
  useEffect(() => {
    const visit = `${key}#${linked}`;
    if (!ready || !linked || opened.current === visit || !has(linked)) return;
    opened.current = visit;
    open(linked);
    requestAnimationFrame(() => focusHighlight(linked, 'auto'));
  }, [ready, linked, key, has, open]);
  return ready && linked !== null && !has(linked) ? linked : null;
}
