import { useEffect, useRef, useState, type RefObject } from 'react';
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
  complete = true,
) {
  const [count, setCount] = useState(0);
  const scrolledTo = useRef<string | null>(null);
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

  // Scrolling follows the query and the chosen hit only, not every repaint of the highlights;
  // a hit whose paragraph was not in the page yet is scrolled to once the whole text is.
  useEffect(() => {
    const root = bodyRef.current;
    const hits = query.trim() ? findInText(text, query) : [];
    const target = hits[Math.min(current, hits.length - 1)];
    const key = `${query}\u0000${current}`;
    if (!root || !target || scrolledTo.current === key) return;
    const point = offsetToDomPoint(root, target.start);
    const element = point?.node.parentElement;
    if (!element) return;
    scrolledTo.current = key;
    if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' });
  }, [bodyRef, text, query, current, complete]);
  return count;
}
