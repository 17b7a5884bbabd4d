import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { useVirtualWindow } from '../hooks/use-virtual-window';

interface Props<T> {
  items: readonly T[];
  /** A stable function (its identity is a memo dependency). */
  keyOf: (item: T) => string;
  /** The element that scrolls the list. */
  scroller: RefObject<HTMLElement | null>;
  renderItem: (item: T) => ReactNode;
  /** The item to keep rendered and in view (the open annotation). */
  focusKey?: string | null;
  /** Up to this many items, every one is rendered (find in page sees them all). */
  threshold?: number;
  /** Height assumed for an item not measured yet, in pixels. */
  estimate?: number;
  className?: string | undefined;
  'aria-label'?: string;
}

/**
 * An ordered list that renders only the items near the visible part of its scroller once it is
 * long (use-virtual-window): the first screen at once, the space of the others kept, so the
 * scrollbar tells how long the list is. Each item says where it is in the whole list.
 */
export function VirtualList<T>({
  items,
  keyOf,
  scroller,
  renderItem,
  focusKey = null,
  threshold = 100,
  estimate = 96,
  className,
  'aria-label': label,
}: Props<T>) {
  const list = useRef<HTMLOListElement>(null);
  const keys = useMemo(() => items.map(keyOf), [items, keyOf]);
  const enabled = items.length > threshold;
  const { start, end, before, after, measure, record } = useVirtualWindow({
    keys,
    scroller,
    list,
    estimate,
    focusKey,
    enabled,
  });
  // Items are measured by a ResizeObserver, which the browser runs after its own layout: reading
  // heights in a layout effect forced a layout of the whole page (the article too) on every
  // render of the list. Without one (a test DOM), they are read after each render.
  const observer = useRef<{ observer: ResizeObserver; seen: Set<Element> } | null>(null);
  const recordRef = useRef(record);
  useLayoutEffect(() => {
    recordRef.current = record;
    const inner = list.current;
    if (!inner) return;
    if (!enabled || typeof ResizeObserver === 'undefined') {
      observer.current?.observer.disconnect();
      observer.current = null;
      measure(inner);
      return;
    }
    if (!observer.current) {
      let gap: number | null = null;
      const resize = new ResizeObserver((entries) => {
        if (gap === null && list.current)
          gap = parseFloat(getComputedStyle(list.current).rowGap) || 0;
        const sizes: [string, number][] = [];
        for (const entry of entries) {
          const key = (entry.target as HTMLElement).dataset.virtualKey;
          const size = entry.borderBoxSize[0]?.blockSize ?? 0;
          if (key !== undefined && size > 0) sizes.push([key, size + (gap ?? 0)]);
        }
        recordRef.current(sizes);
      });
      observer.current = { observer: resize, seen: new Set() };
    }
    const { observer: resize, seen } = observer.current;
    // Items scrolled out of the range are let go; new ones are watched from their first layout.
    for (const element of seen)
      if (element.parentNode !== inner) {
        resize.unobserve(element);
        seen.delete(element);
      }
    for (const child of inner.children)
      if (!seen.has(child)) {
        seen.add(child);
        resize.observe(child);
      }
  });
  useEffect(
    () => () => {
      observer.current?.observer.disconnect();
      observer.current = null;
    },
    [],
  );
  return (
    <ol
      ref={list}
      className={className}
      aria-label={label}
      style={enabled ? { paddingTop: before, paddingBottom: after } : undefined}
    >
      {items.slice(start, end).map((item, index) => (
        <li
          key={keys[start + index]}
          data-virtual-key={keys[start + index]}
          aria-posinset={enabled ? start + index + 1 : undefined}
          aria-setsize={enabled ? items.length : undefined}
        >
          {renderItem(item)}
        </li>
      ))}
    </ol>
  );
}
