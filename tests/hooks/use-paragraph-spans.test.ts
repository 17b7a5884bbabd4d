import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PaintedSpan } from '../../src/domain/highlights/paint';
import { useParagraphSpans } from '../../src/hooks/use-paragraph-spans';

const paragraphs = [
  { start: 0, end: 10 },
  { start: 11, end: 20 },
];
const paint = (id: string, start: number, end: number, color = '#fde68a'): PaintedSpan => ({
  id,
  start,
  end,
  color,
  label: 'Highlight',
  active: false,
});

describe('useParagraphSpans', () => {
  it('keeps a paragraph’s array while its own highlights paint the same', () => {
    const first = [paint('a', 1, 3), paint('b', 12, 15)];
    const { result, rerender } = renderHook(({ spans }) => useParagraphSpans(paragraphs, spans), {
      initialProps: { spans: first },
    });
    const before = result.current;

    // A new highlight in the second paragraph: the first keeps its very array.
    rerender({ spans: [...first, paint('c', 16, 18)] });
    expect(result.current.get(0)).toBe(before.get(0));
    expect(result.current.get(11)).not.toBe(before.get(11));
    expect(result.current.get(11)?.map((s) => s.id)).toEqual(['b', 'c']);
  });

  it('gives a paragraph a new array when one of its highlights changes colour', () => {
    const { result, rerender } = renderHook(({ spans }) => useParagraphSpans(paragraphs, spans), {
      initialProps: { spans: [paint('a', 1, 3)] },
    });
    const before = result.current.get(0);
    rerender({ spans: [paint('a', 1, 3, '#bbf7d0')] });
    expect(result.current.get(0)).not.toBe(before);
    expect(result.current.get(0)?.[0]?.color).toBe('#bbf7d0');
  });
});
