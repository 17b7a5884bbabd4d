import { useEffect, useState, type RefObject } from 'react';
import { findInText } from '../domain/search/search';
import { offsetToDomPoint, offsetsToRange } from '../reader-dom';

const HIGHLIGHT_NAME = 'search-hit';
const CURRENT_NAME = 'search-hit-current';

/**
 * Marks the hits of a search in the article with the CSS Custom Highlight API (a transient
 * layer: the DOM and the stored highlights are untouched) and scrolls to hit number `current`.
 * Returns how many hits the text has.
 */
export function useSearchHits(
  bodyRef: RefObject<HTMLElement | null>,
  text: string,
  query: string,
  current: number,
  redrawKey: unknown,
) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const root = bodyRef.current;
    const hits = query.trim() ? findInText(text, query) : [];
    setCount(hits.length);
    const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    if (!root || hits.length === 0) {
      registry?.delete(HIGHLIGHT_NAME);
      registry?.delete(CURRENT_NAME);
      return;
    }
    const ranges = hits.flatMap((hit) => offsetsToRange(root, hit.start, hit.end) ?? []);
    if (registry && typeof Highlight !== 'undefined') {
      registry.set(HIGHLIGHT_NAME, new Highlight(...ranges));
      const focus = ranges[Math.min(current, ranges.length - 1)];
      if (focus) registry.set(CURRENT_NAME, new Highlight(focus));
    }
    return () => {
      registry?.delete(HIGHLIGHT_NAME);
      registry?.delete(CURRENT_NAME);
    };
  }, [bodyRef, text, query, current, redrawKey]);

  // Scrolling follows the query and the chosen hit only, not every repaint of the highlights.
  useEffect(() => {
    const root = bodyRef.current;
    const hits = query.trim() ? findInText(text, query) : [];
    const target = hits[Math.min(current, hits.length - 1)];
    const point = root && target ? offsetToDomPoint(root, target.start) : null;
    const element = point?.node.parentElement;
    if (element && typeof element.scrollIntoView === 'function')
      element.scrollIntoView({ block: 'center' });
  }, [bodyRef, text, query, current]);
  return count;
}
