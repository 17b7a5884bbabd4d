import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_TEXT_COLOR, contrastRatio } from '../../../src/domain/codebook/colors';
import {
  CODER_COLOR_CHOICES,
  CODER_COLORS,
  CONSENSUS_COLOR,
  coderColors,
  consensusCoder,
  defaultLocalCoder,
  nextCoderColor,
  type Coder,
} from '../../../src/domain/coders';

/** The page backgrounds of the light and dark themes (src/styles.css --bg and --surface). */
const LIGHT = ['#fbfaf7', '#ffffff'];
const DARK = ['#161719', '#1f2124'];

function mix(hex: string, share: number): string {
  // The mark's underline: color-mix(in srgb, colour 55%, #000).
  const channel = (at: number) =>
    Math.round(Number.parseInt(hex.slice(at, at + 2), 16) * share)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

function lab(hex: string): [number, number, number] {
  const lin = [1, 3, 5].map((at) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const [r, g, b] = lin;
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (841 / 108) * t + 4 / 29)) as [
    number,
    number,
    number,
  ];
  return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}

/** CIE76 colour difference: above ~20 two colours read as different ones. */
function deltaE(a: string, b: string): number {
  const [x, y] = [lab(a), lab(b)];
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}

const imported = (id: string, createdAt: string, color?: string): Coder => ({
  id,
  name: id,
  origin: 'imported',
  createdAt,
  ...(color ? { color } : {}),
});

describe('coder colours', () => {
  it.each(CODER_COLOR_CHOICES.map((c) => [c.name, c.hex]))(
    '%s keeps highlight text readable (AA) and its mark visible in light and dark',
    (_name, hex) => {
      expect(contrastRatio(hex, HIGHLIGHT_TEXT_COLOR)).toBeGreaterThanOrEqual(4.5);
      // Non-text contrast (WCAG 1.4.11): the underline on the light page, the fill on the dark.
      for (const bg of LIGHT) expect(contrastRatio(mix(hex, 0.55), bg)).toBeGreaterThanOrEqual(3);
      for (const bg of DARK) expect(contrastRatio(hex, bg)).toBeGreaterThanOrEqual(3);
    },
  );

  it('are distinguishable from one another', () => {
    for (const [i, a] of CODER_COLOR_CHOICES.entries())
      for (const b of CODER_COLOR_CHOICES.slice(i + 1))
        expect(deltaE(a.hex, b.hex), `${a.name} – ${b.name}`).toBeGreaterThan(20);
  });

  it('gives every coder a stable default and keeps a chosen one', () => {
    const local = defaultLocalCoder('2026-01-01T00:00:00.000Z');
    const consensus = consensusCoder('2026-01-03T00:00:00.000Z');
    const alice = imported('alice', '2026-01-01T00:00:00.000Z');
    const bob = imported('bob', '2026-01-02T00:00:00.000Z');
    const before = coderColors([local, alice, bob, consensus]);
    expect(before.get('local')).toBe(CODER_COLORS[0]!.hex);
    expect(before.get('consensus')).toBe(CONSENSUS_COLOR.hex);
    expect(new Set(before.values()).size).toBe(4);
    // A coder added later does not move anyone's colour.
    const later = coderColors([
      local,
      alice,
      bob,
      consensus,
      imported('cy', '2026-02-01T00:00:00.000Z'),
    ]);
    for (const [id, hex] of before) expect(later.get(id)).toBe(hex);
    expect(coderColors([{ ...alice, color: '#fda4af' }]).get('alice')).toBe('#fda4af');
  });

  it('assigns a new coder the first colour nobody shows yet', () => {
    const local = defaultLocalCoder('2026-01-01T00:00:00.000Z');
    expect(nextCoderColor([local])).toBe(CODER_COLORS[1]!.hex);
    const alice = imported('alice', '2026-01-01T00:00:00.000Z', CODER_COLORS[1]!.hex);
    expect(nextCoderColor([local, alice])).toBe(CODER_COLORS[2]!.hex);
    const everyone = CODER_COLORS.map((c, i) =>
      imported(`c${i}`, `2026-01-0${i + 1}T00:00:00.000Z`, c.hex),
    );
    expect(nextCoderColor([local, ...everyone])).toBe(CODER_COLORS[1]!.hex);
  });
});
