import type { TagColor } from '../codebook/colors';
import type { Coder } from './coder';
import { CONSENSUS_CODER_ID, LOCAL_CODER_ID } from './ids';

/*
 * Coder colours paint highlights when the reader colours by coder. They are a palette of their
 * own, more saturated than the tag palette so that layers tell apart at a glance, each still
 * light enough behind the highlight text colour (the reader draws marks with dark text in both
 * themes) and checked for contrast and distance in tests/domain/coders/colors.test.ts.
 */

/** The palette new coders take their colour from, in order. */
export const CODER_COLORS: readonly TagColor[] = [
  { name: 'Sky', hex: '#7dd3fc' },
  { name: 'Amber', hex: '#fcd34d' },
  { name: 'Rose', hex: '#fda4af' },
  { name: 'Emerald', hex: '#6ee7b7' },
  { name: 'Violet', hex: '#c4b5fd' },
  { name: 'Orange', hex: '#fdba74' },
  { name: 'Lime', hex: '#bef264' },
  { name: 'Fuchsia', hex: '#e879f9' },
];

/** The consensus layer's colour unless one is chosen: a neutral that no coder takes. */
export const CONSENSUS_COLOR: TagColor = { name: 'Slate', hex: '#cbd5e1' };

/** Every colour a coder can be given (the palette, then the consensus neutral). */
export const CODER_COLOR_CHOICES: readonly TagColor[] = [...CODER_COLORS, CONSENSUS_COLOR];

function byCreation(a: Coder, b: Coder): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/**
 * Each coder's colour: the one stored on the record, else a default that does not move when
 * coders are added later: the local coder the palette's first, the consensus its neutral,
 * imported coders the palette in the order they were created. Defaults skip the colours coders
 * have chosen, so a default only moves when someone takes its colour.
 */
export function coderColors(coders: readonly Coder[]): Map<string, string> {
  const colors = new Map<string, string>();
  const chosen = new Set(coders.flatMap((c) => (c.color ? [c.color.toLowerCase()] : [])));
  const free = CODER_COLORS.filter((c, i) => i === 0 || !chosen.has(c.hex));
  const imported = coders.filter((c) => c.origin === 'imported' && !c.color).sort(byCreation);
  for (const coder of coders) {
    if (coder.color) {
      colors.set(coder.id, coder.color.toLowerCase());
      continue;
    }
    let fallback: string;
    if (coder.id === LOCAL_CODER_ID) fallback = CODER_COLORS[0]!.hex;
    else if (coder.id === CONSENSUS_CODER_ID) fallback = CONSENSUS_COLOR.hex;
    else {
      // The first palette colour is the local coder's; imported ones start after it.
      const others = free.length > 1 ? free.slice(1) : CODER_COLORS.slice(1);
      fallback = others[imported.indexOf(coder) % others.length]!.hex;
    }
    colors.set(coder.id, fallback);
  }
  return colors;
}

/**
 * The colour a new coder is given: the first palette colour no coder shows yet, or once all
 * are shown, the least shown (earliest in the palette on a tie).
 */
export function nextCoderColor(existing: readonly Coder[]): string {
  const uses = new Map<string, number>(CODER_COLORS.map((color) => [color.hex, 0]));
  for (const hex of coderColors(existing).values()) {
    const count = uses.get(hex.toLowerCase());
    if (count !== undefined) uses.set(hex.toLowerCase(), count + 1);
  }
  let best = CODER_COLORS[0]!;
  for (const color of CODER_COLORS) if (uses.get(color.hex)! < uses.get(best.hex)!) best = color;
  return best.hex;
}

/** The palette name of a coder colour ("Sky"), or the hex code for one outside it. */
export function coderColorName(hex: string): string {
  return CODER_COLOR_CHOICES.find((c) => c.hex === hex.toLowerCase())?.name ?? hex;
}
