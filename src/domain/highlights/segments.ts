/** A stored highlight reduced to what painting needs: its id and one span of canonical text. */
export interface HighlightSpan {
  id: string;
  start: number;
  end: number;
}

/** A run of text inside one paragraph, with the highlights that cover all of it (outermost first). */
export interface Segment {
  start: number;
  end: number;
  ids: string[];
}

/**
 * Cuts the paragraph [from, to) at every highlight boundary. Overlapping and nested highlights are
 * never merged: each segment lists every highlight covering it, ordered so that a longer, earlier
 * highlight wraps a shorter, later one (stable nesting from segment to segment).
 */
export function segmentParagraph(
  from: number,
  to: number,
  spans: readonly HighlightSpan[],
): Segment[] {
  const inside = spans
    .filter((s) => s.start < to && s.end > from && s.end > s.start)
    .map((s) => ({ id: s.id, start: Math.max(s.start, from), end: Math.min(s.end, to), order: s }))
    .sort(
      (a, b) =>
        a.order.start - b.order.start || b.order.end - a.order.end || (a.id < b.id ? -1 : 1),
    );
  if (inside.length === 0) return [{ start: from, end: to, ids: [] }];

  const cuts = new Set<number>([from, to]);
  for (const s of inside) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const ids = inside.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    segments.push({ start, end, ids });
  }
  return segments;
}

/**
 * Groups spans by the paragraphs they touch (keyed by paragraph start), so each paragraph receives
 * only its own highlights. Paragraphs must be in text order; runs in O(spans · log paragraphs).
 */
export function spansByParagraph<S extends HighlightSpan>(
  paragraphs: readonly { start: number; end: number }[],
  spans: readonly S[],
): Map<number, S[]> {
  const result = new Map<number, S[]>();
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of sorted) {
    // The first paragraph whose end lies after the span's start.
    let lo = 0;
    let hi = paragraphs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((paragraphs[mid] as { end: number }).end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < paragraphs.length; i += 1) {
      const p = paragraphs[i] as { start: number; end: number };
      if (p.start >= span.end) break;
      if (p.end <= span.start) continue;
      const list = result.get(p.start);
      if (list) list.push(span);
      else result.set(p.start, [span]);
    }
  }
  return result;
}
