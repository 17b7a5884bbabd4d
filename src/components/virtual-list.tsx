import { useLayoutEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
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
  const { start, end, before, after, measure } = useVirtualWindow({
    keys,
    scroller,
    list,
    estimate,
    focusKey,
    enabled,
  });
  useLayoutEffect(() => {
    if (list.current) measure(list.current);
  });
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
