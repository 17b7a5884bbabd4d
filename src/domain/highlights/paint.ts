import type { Tag } from '../model';
import type { HighlightSpan } from './segments';

/** A highlight span with how it is painted; what one paragraph's marks are drawn from. */
export interface PaintedSpan extends HighlightSpan {
  color: string;
  /** The mark's accessible description: its tags, or that it has none. */
  label: string;
  active: boolean;
}

/** "Highlight: Diplomacy, Framing", or "Highlight (no tags)". */
export function highlightLabel(tags: readonly Tag[]): string {
  return tags.length > 0
    ? `Highlight: ${tags.map((t) => t.name).join(', ')}`
    : 'Highlight (no tags)';
}

/** True when two span lists would paint the same marks. */
export function samePaint(a: readonly PaintedSpan[], b: readonly PaintedSpan[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i] as PaintedSpan;
    return (
      x === y ||
      (x.id === y.id &&
        x.start === y.start &&
        x.end === y.end &&
        x.color === y.color &&
        x.label === y.label &&
        x.active === y.active)
    );
  });
}
