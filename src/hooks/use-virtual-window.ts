import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';

/** True when `box` is the page's scrolling element (document.scrollingElement). */
function isPage(box: HTMLElement): boolean {
  return box === document.scrollingElement || box === document.documentElement;
}

function scrollTopOf(box: HTMLElement): number {
  return isPage(box) ? window.scrollY : box.scrollTop;
}

/** Where the list starts in the scroller's content, in pixels. */
function listTopIn(box: HTMLElement, inner: HTMLElement): number {
  const top = inner.getBoundingClientRect().top;
  return isPage(box) ? top + window.scrollY : top - box.getBoundingClientRect().top + box.scrollTop;
}

/** How far beyond the visible part items are rendered, in pixels, so a fast scroll shows no gap. */
const OVERSCAN = 600;

export interface VirtualWindow {
  /** Render items [start, end). */
  start: number;
  end: number;
  /** Space before the first rendered item and after the last, in pixels. */
  before: number;
  after: number;
  /** Reports the rendered items' heights (by key), measured after layout. */
  measure: (list: HTMLElement) => void;
  /** Reports heights already measured (a ResizeObserver's), gap included: no layout is forced. */
  record: (sizes: Iterable<readonly [string, number]>) => void;
}

interface Options {
  keys: readonly string[];
  /** The element that scrolls (overflow: auto), or document.scrollingElement for the page. */
  scroller: RefObject<HTMLElement | null>;
  /** The list inside it. */
  list: RefObject<HTMLElement | null>;
  /** Height assumed for an item not measured yet, gap included. */
  estimate: number;
  /** Key to bring into the rendered range (and into view) when it changes. */
  focusKey: string | null;
  /** Off: every item is rendered. */
  enabled: boolean;
}

/**
 * Which items of a long list to render: those within reach of the scroller's visible part, the
 * first screen at once. Heights are measured as items render and assumed until then. When
 * `focusKey` changes to an item outside the range (j/k, a focused highlight, a deep link), the
 * scroller is moved to it first, so it renders and can be seen.
 */
export function useVirtualWindow({
  keys,
  scroller,
  list,
  estimate,
  focusKey,
  enabled,
}: Options): VirtualWindow {
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const [view, setView] = useState({ top: 0, height: 0 });

  const offsets = useMemo(() => {
    const result = new Float64Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++)
      result[i + 1] = (result[i] as number) + (heights.current.get(keys[i] as string) ?? estimate);
    return result;
    // `measured` changes when a height does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys, estimate, measured]);

  const readView = useCallback(() => {
    const box = scroller.current;
    const inner = list.current;
    if (!box || !inner) return;
    const listTop = listTopIn(box, inner);
    // A hidden drawer (or a test DOM) has no height: assume a screen.
    const height = (isPage(box) ? window.innerHeight : box.clientHeight) || window.innerHeight;
    const top = Math.max(0, scrollTopOf(box) - listTop);
    setView((old) => (old.top === top && old.height === height ? old : { top, height }));
  }, [scroller, list]);

  useEffect(() => {
    const box = scroller.current;
    if (!enabled || !box) return;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        readView();
      });
    };
    readView();
    // The page's own scrolling is told on the window, not on the root element.
    const target: EventTarget = isPage(box) ? window : box;
    target.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      target.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [enabled, scroller, readView]);

  const total = offsets[keys.length] as number;
  const height = view.height || window.innerHeight;
  let start = 0;
  let end = keys.length;
  if (enabled) {
    start = Math.max(0, upperBound(offsets, view.top - OVERSCAN) - 1);
    end = Math.min(keys.length, upperBound(offsets, view.top + height + OVERSCAN));
  }

  // Bring the focused item into range and into view.
  const focusIndex = focusKey === null ? -1 : keys.indexOf(focusKey);
  const focusFound = focusIndex >= 0;
  useLayoutEffect(() => {
    const box = scroller.current;
    const inner = list.current;
    if (!enabled || focusIndex < 0 || !box || !inner) return;
    const listTop = listTopIn(box, inner);
    const itemTop = listTop + (offsets[focusIndex] as number);
    const itemBottom = listTop + (offsets[focusIndex + 1] as number);
    const visible = (isPage(box) ? window.innerHeight : box.clientHeight) || window.innerHeight;
    const scrolled = scrollTopOf(box);
    if (itemTop >= scrolled && itemBottom <= scrolled + visible) return;
    box.scrollTop = Math.max(0, itemTop - visible / 3);
    // The range follows at once; the scroll event that follows corrects it to what is shown.
    const top = Math.max(0, (offsets[focusIndex] as number) - visible / 3);
    setView({ top, height: visible });
    // Only when the focused item changes, not on every measurement.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey, focusFound, enabled]);

  const record = useCallback(
    (sizes: Iterable<readonly [string, number]>) => {
      if (!enabled) return;
      let changed = false;
      for (const [key, size] of sizes) {
        if (size === 0 || heights.current.get(key) === size) continue;
        heights.current.set(key, size);
        changed = true;
      }
      if (changed) setMeasured((n) => n + 1);
    },
    [enabled],
  );

  const measure = useCallback(
    (inner: HTMLElement) => {
      if (!enabled) return;
      const gap = parseFloat(getComputedStyle(inner).rowGap) || 0;
      let changed = false;
      for (const child of inner.children) {
        const key = (child as HTMLElement).dataset.virtualKey;
        if (key === undefined) continue;
        const size = (child as HTMLElement).offsetHeight;
        if (size === 0) continue;
        if (heights.current.get(key) !== size + gap) {
          heights.current.set(key, size + gap);
          changed = true;
        }
      }
      if (changed) setMeasured((n) => n + 1);
    },
    [enabled],
  );

  return {
    start,
    end,
    before: offsets[start] as number,
    after: total - (offsets[end] as number),
    measure,
    record,
  };
}

/** The first index i with offsets[i] > value. */
function upperBound(offsets: Float64Array, value: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((offsets[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
