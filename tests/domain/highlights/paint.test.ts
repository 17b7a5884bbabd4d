import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HIGHLIGHT_COLOR,
  highlightColor,
  highlightLabel,
  quoteOf,
  samePaint,
  tagsOf,
  type PaintedSpan,
} from '../../../src/domain/highlights/paint';
import type { Tag } from '../../../src/domain/model';

const tag = (id: string, name: string, color: string): Tag => ({
  id,
  name,
  nameKey: name.toLowerCase(),
  color,
  description: '',
  hotkey: null,
  parentId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
});

const span: PaintedSpan = { id: 'a', start: 1, end: 4, color: '#fff', label: 'x', active: false };

describe('how a highlight is painted', () => {
  const framing = tag('t1', 'Framing', '#bbf7d0');
  const byId = new Map([[framing.id, framing]]);

  it('takes its own colour, else its first tag’s, else the default', () => {
    expect(highlightColor({ color: '#fecaca' }, [framing])).toBe('#fecaca');
    expect(highlightColor({ color: null }, [framing])).toBe('#bbf7d0');
    expect(highlightColor({ color: null }, [])).toBe(DEFAULT_HIGHLIGHT_COLOR);
  });

  it('names its tags, skipping ones the codebook no longer has', () => {
    expect(tagsOf(['t1', 'gone'], byId)).toEqual([framing]);
    expect(highlightLabel([framing])).toBe('Highlight: Framing');
    expect(highlightLabel([])).toBe('Highlight (no tags)');
  });

  it('joins the quotes of several ranges as one', () => {
    expect(quoteOf([{ exact: 'Lavrov' }, { exact: 'Kerry' }])).toBe('Lavrov … Kerry');
  });

  it('tells when two span lists would paint differently', () => {
    expect(samePaint([span], [{ ...span }])).toBe(true);
    expect(samePaint([span], [{ ...span, end: 5 }])).toBe(false);
    expect(samePaint([span], [{ ...span, active: true }])).toBe(false);
    expect(samePaint([span], [{ ...span, color: '#000' }])).toBe(false);
    expect(samePaint([span], [])).toBe(false);
  });
});
