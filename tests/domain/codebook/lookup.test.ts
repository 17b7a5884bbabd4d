// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_HIGHLIGHT_COLOR, TAG_COLORS, highlightColor } from '../../../src/domain/codebook';
import { tagsById, tagsOf } from '../../../src/domain/codebook/lookup';
import { tag as makeTag } from './fixtures';

describe('tagsOf', () => {
  it("gives an annotation's tags in its order and leaves out deleted ones", () => {
    const framing = makeTag({ name: 'Framing' });
    const blame = makeTag({ name: 'Blame' });
    const byId = tagsById([framing, blame]);
    expect(tagsOf([blame.id, 'gone', framing.id], byId)).toEqual([blame, framing]);
    expect(tagsOf([], byId)).toEqual([]);
  });
});

describe('highlightColor', () => {
  const red = makeTag({ name: 'Red', color: '#fecaca' });
  const blue = makeTag({ name: 'Blue', color: '#bfdbfe' });

  it("prefers the annotation's own colour, then its first tag's, then the default", () => {
    expect(highlightColor({ color: '#d9f99d' }, [red])).toBe('#d9f99d');
    expect(highlightColor({ color: null }, [blue, red])).toBe('#bfdbfe');
    expect(highlightColor({ color: null }, [])).toBe(DEFAULT_HIGHLIGHT_COLOR);
  });

  it('defaults to the first palette colour', () => {
    expect(DEFAULT_HIGHLIGHT_COLOR).toBe(TAG_COLORS[0]?.hex);
  });
});
