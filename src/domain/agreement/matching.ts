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
 * first; the rest are paired by a maximum matching on "overlaps by at least one character",
 * preferring the largest overlap (ties: the tighter pair, then text order), so overlap F1 counts
 * as many pairs as a one-to-one pairing can have. An exact pair is also an overlap pair, so
 * overlap ≥ exact.
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

  // Each local span's overlapping partners, the best first: the largest overlap, then the
  // tighter pair, then text order.
  const partners = new Map<CodedSpan, CodedSpan[]>();
  const best = new Map<CodedSpan, number>();
  for (const a of localLeft) {
    const scored = importedLeft
      .map((b) => ({ b, overlap: overlapLength(a, b), union: unionLength(a, b) }))
      .filter((x) => x.overlap > 0)
      .sort((x, y) => y.overlap - x.overlap || x.union - y.union || x.b.from - y.b.from);
    partners.set(
      a,
      scored.map((x) => x.b),
    );
    best.set(a, scored[0]?.overlap ?? 0);
  }
  // A maximum matching (Kuhn's augmenting paths): as many one-to-one overlap pairs as there
  // can be, so a greedy first choice never costs a pair. Spans with the largest overlaps pick
  // first and keep their first choice unless another span has no other partner.
  const partnerOf = new Map<CodedSpan, CodedSpan>();
  const assign = (a: CodedSpan, seen: Set<CodedSpan>): boolean => {
    for (const b of partners.get(a) ?? []) {
      if (seen.has(b)) continue;
      seen.add(b);
      const holder = partnerOf.get(b);
      if (!holder || assign(holder, seen)) {
        partnerOf.set(b, a);
        return true;
      }
    }
    return false;
  };
  const order = [...localLeft].sort((x, y) => best.get(y)! - best.get(x)! || x.from - y.from);
  for (const a of order) assign(a, new Set());
  const used = new Set<CodedSpan>();
  const boundary: [CodedSpan, CodedSpan][] = [];
  const partnerOfLocal = new Map([...partnerOf].map(([b, a]) => [a, b]));
  for (const a of localLeft) {
    const b = partnerOfLocal.get(a);
    if (!b) continue;
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
