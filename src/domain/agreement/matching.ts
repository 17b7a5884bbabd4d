import type { CodedSpan } from './spans';

/** How one article × tag's spans of the two coders pair up. */
export interface SpanMatching {
  /** Pairs with the same start and end. */
  exact: number;
  /** Exact pairs plus pairs that merely overlap. */
  overlap: number;
  /** Overlapping pairs whose boundaries differ: [local, imported]. */
  boundary: [CodedSpan, CodedSpan][];
  localOnly: CodedSpan[];
  importedOnly: CodedSpan[];
}

function overlapLength(a: CodedSpan, b: CodedSpan): number {
  return Math.max(0, Math.min(a.to, b.to) - Math.max(a.from, b.from));
}

function unionLength(a: CodedSpan, b: CodedSpan): number {
  return Math.max(a.to, b.to) - Math.min(a.from, b.from);
}

/**
 * Matches the spans of one article and tag one-to-one. Exact pairs (same start and end) come
 * first; the rest are paired greedily by the largest overlap in characters (ties: the tighter
 * pair, then text order). An exact pair is also an overlap pair, so overlap ≥ exact.
 */
export function matchSpans(
  local: readonly CodedSpan[],
  imported: readonly CodedSpan[],
): SpanMatching {
  const waiting = new Map<string, CodedSpan[]>();
  for (const span of imported) {
    const key = `${span.start}:${span.end}`;
    waiting.set(key, [...(waiting.get(key) ?? []), span]);
  }
  const localLeft: CodedSpan[] = [];
  let exact = 0;
  for (const span of local) {
    const partner = waiting.get(`${span.start}:${span.end}`)?.pop();
    if (partner) exact++;
    else localLeft.push(span);
  }
  const importedLeft = [...waiting.values()].flat();

  const candidates: { a: CodedSpan; b: CodedSpan; overlap: number; union: number }[] = [];
  for (const a of localLeft) {
    for (const b of importedLeft) {
      const overlap = overlapLength(a, b);
      if (overlap > 0) candidates.push({ a, b, overlap, union: unionLength(a, b) });
    }
  }
  candidates.sort(
    (x, y) =>
      y.overlap - x.overlap || x.union - y.union || x.a.from - y.a.from || x.b.from - y.b.from,
  );
  const used = new Set<CodedSpan>();
  const boundary: [CodedSpan, CodedSpan][] = [];
  for (const { a, b } of candidates) {
    if (used.has(a) || used.has(b)) continue;
    used.add(a);
    used.add(b);
    boundary.push([a, b]);
  }
  return {
    exact,
    overlap: exact + boundary.length,
    boundary,
    localOnly: localLeft.filter((span) => !used.has(span)),
    importedOnly: importedLeft.filter((span) => !used.has(span)),
  };
}
