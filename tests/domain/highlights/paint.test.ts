import { describe, expect, it } from 'vitest';
import { highlightLabel, samePaint, type PaintedSpan } from '../../../src/domain/highlights/paint';
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

  it('names its tags', () => {
    expect(highlightLabel([framing])).toBe('Highlight: Framing');
    expect(highlightLabel([])).toBe('Highlight (no tags)');
  });

  it('tells when two span lists would paint differently', () => {
    expect(samePaint([span], [{ ...span }])).toBe(true);
    expect(samePaint([span], [{ ...span, end: 5 }])).toBe(false);
    expect(samePaint([span], [{ ...span, active: true }])).toBe(false);
    expect(samePaint([span], [{ ...span, color: '#000' }])).toBe(false);
    expect(samePaint([span], [])).toBe(false);
  });
});
