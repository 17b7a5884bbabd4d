import type { Annotation, Tag } from '../model';

export interface TagColor {
  /** Shown next to the swatch, so colour is never the only cue. */
  name: string;
  /** #rrggbb, light enough to sit behind HIGHLIGHT_TEXT_COLOR at WCAG AA. */
  hex: string;
}

/** The text colour highlights are drawn with; every palette colour is checked against it. */
export const HIGHLIGHT_TEXT_COLOR = '#111827';

/** The colour of a highlight that has neither its own colour nor a tag: the palette's yellow. */
export const DEFAULT_HIGHLIGHT_COLOR = '#fde68a';

export const TAG_COLORS: readonly TagColor[] = [
  { name: 'Yellow', hex: DEFAULT_HIGHLIGHT_COLOR },
  { name: 'Green', hex: '#bbf7d0' },
  { name: 'Blue', hex: '#bfdbfe' },
  { name: 'Pink', hex: '#fbcfe8' },
  { name: 'Violet', hex: '#ddd6fe' },
  { name: 'Orange', hex: '#fed7aa' },
  { name: 'Cyan', hex: '#a5f3fc' },
  { name: 'Grey', hex: '#e5e7eb' },
  { name: 'Lime', hex: '#d9f99d' },
  { name: 'Red', hex: '#fecaca' },
];

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** True for a #rrggbb colour (either case). */
export function isHexColor(value: string): boolean {
  return HEX_COLOR.test(value);
}

/**
 * The palette colour the next new tag gets: the first unused one, or once all
 * are taken, the least used (earliest in the palette on a tie).
 */
export function nextTagColor(existing: readonly Tag[]): string {
  const uses = new Map<string, number>(TAG_COLORS.map((color) => [color.hex, 0]));
  for (const tag of existing) {
    const hex = tag.color.toLowerCase();
    const count = uses.get(hex);
    if (count !== undefined) uses.set(hex, count + 1);
  }
  let best = TAG_COLORS[0]!;
  for (const color of TAG_COLORS) {
    if (uses.get(color.hex)! < uses.get(best.hex)!) best = color;
  }
  return best.hex;
}

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colour an annotation is drawn in: its own colour if set, else its first tag's (`tags`
 * are the annotation's tags, in order), else {@link DEFAULT_HIGHLIGHT_COLOR}.
 */
export function highlightColor(
  annotation: Pick<Annotation, 'color'>,
  tags: readonly Pick<Tag, 'color'>[],
): string {
  return annotation.color ?? tags[0]?.color ?? DEFAULT_HIGHLIGHT_COLOR;
}
