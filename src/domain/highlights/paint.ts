import type { Annotation, Tag, TextRange } from '../model';
import type { HighlightSpan } from './segments';

/** The colour of a highlight that has neither its own colour nor a tag: the palette's first. */
export const DEFAULT_HIGHLIGHT_COLOR = '#fde68a';

/** A highlight span with how it is painted; what one paragraph's marks are drawn from. */
export interface PaintedSpan extends HighlightSpan {
  color: string;
  /** The mark's accessible description: its tags, or that it has none. */
  label: string;
  active: boolean;
}

/** An annotation's tags in its own order, skipping ids the codebook no longer has. */
export function tagsOf(tagIds: readonly string[], byId: ReadonlyMap<string, Tag>): Tag[] {
  return tagIds.map((id) => byId.get(id)).filter((t): t is Tag => t !== undefined);
}

/** Its own colour, else its first tag's, else the default. */
export function highlightColor(
  annotation: Pick<Annotation, 'color'>,
  tags: readonly Tag[],
): string {
  return annotation.color ?? tags[0]?.color ?? DEFAULT_HIGHLIGHT_COLOR;
}

/** "Highlight: Diplomacy, Framing", or "Highlight (no tags)". */
export function highlightLabel(tags: readonly Tag[]): string {
  return tags.length > 0
    ? `Highlight: ${tags.map((t) => t.name).join(', ')}`
    : 'Highlight (no tags)';
}

/** The quoted text of an annotation's ranges, joined as one quote. */
export function quoteOf(ranges: readonly Pick<TextRange, 'exact'>[]): string {
  return ranges.map((r) => r.exact).join(' … ');
}

/** True when two span lists would paint the same marks. */
export function samePaint(a: readonly PaintedSpan[], b: readonly PaintedSpan[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i] as PaintedSpan;
    return (
      x.id === y.id &&
      x.start === y.start &&
      x.end === y.end &&
      x.color === y.color &&
      x.label === y.label &&
      x.active === y.active
    );
  });
}
