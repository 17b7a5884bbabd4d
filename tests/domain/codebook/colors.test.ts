import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_TEXT_COLOR,
  TAG_COLORS,
  contrastRatio,
  isHexColor,
  nextTagColor,
} from '../../../src/domain/codebook';
import { tag } from './fixtures';

describe('the tag palette', () => {
  it('offers at least 8 distinct, named #rrggbb colours', () => {
    expect(TAG_COLORS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(TAG_COLORS.map((color) => color.hex)).size).toBe(TAG_COLORS.length);
    for (const color of TAG_COLORS) {
      expect(color.name).not.toBe('');
      expect(color.hex).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it.each(TAG_COLORS.map((color) => [color.name, color.hex]))(
    '%s keeps highlighted text readable (WCAG AA, 4.5:1)',
    (_name, hex) => {
      expect(contrastRatio(hex, HIGHLIGHT_TEXT_COLOR)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  });

  it('recognises #rrggbb colours only', () => {
    expect(isHexColor('#A1b2C3')).toBe(true);
    expect(isHexColor('#abc')).toBe(false);
    expect(isHexColor('red')).toBe(false);
  });

  it('gives a new tag the first colour no tag uses yet', () => {
    expect(nextTagColor([])).toBe(TAG_COLORS[0]!.hex);
    const existing = [
      tag({ name: 'A', color: TAG_COLORS[0]!.hex }),
      tag({ name: 'B', color: TAG_COLORS[2]!.hex }),
    ];
    expect(nextTagColor(existing)).toBe(TAG_COLORS[1]!.hex);
  });

  it('reuses the least used colour once all are taken', () => {
    const existing = TAG_COLORS.flatMap((color, index) =>
      index === 3
        ? [tag({ name: `x${index}`, color: color.hex })]
        : [
            tag({ name: `a${index}`, color: color.hex }),
            tag({ name: `b${index}`, color: color.hex.toUpperCase() }),
          ],
    );
    expect(nextTagColor(existing)).toBe(TAG_COLORS[3]!.hex);
  });
});
