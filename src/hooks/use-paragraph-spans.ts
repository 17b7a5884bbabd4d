import { useMemo, useRef } from 'react';
import { samePaint, type PaintedSpan } from '../domain/highlights/paint';
import { spansByParagraph } from '../domain/highlights/segments';

/**
 * The painted spans of each paragraph, keyed by paragraph start. A paragraph keeps the very same
 * array while its own highlights paint the same, so its memoised view skips re-rendering when
 * another paragraph changes.
 */
export function useParagraphSpans(
  paragraphs: readonly { start: number; end: number }[],
  spans: readonly PaintedSpan[],
): ReadonlyMap<number, PaintedSpan[]> {
  const previous = useRef<ReadonlyMap<number, PaintedSpan[]>>(new Map());
  return useMemo(() => {
    const next = spansByParagraph(paragraphs, spans);
    for (const [start, list] of next) {
      const before = previous.current.get(start);
      if (before && samePaint(before, list)) next.set(start, before);
    }
    previous.current = next;
    return next;
  }, [paragraphs, spans]);
}
