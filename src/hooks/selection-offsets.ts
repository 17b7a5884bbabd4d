/** The element that holds a canonical slice, marked with its start offset. */
function paragraphOf(node: Node, root: HTMLElement): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>('[data-offset]') ?? null;
  return paragraph && root.contains(paragraph) ? paragraph : null;
}

/**
 * Maps one DOM boundary point to an offset in the canonical text: the paragraph's `data-offset`
 * plus the length of the paragraph's text before the point. Nothing is searched by quote.
 * A point that sits between paragraphs snaps to the start of the next one (`bias` forward) or the
 * end of the previous one (backward); a point outside the article gives null.
 */
export function boundaryToOffset(
  root: HTMLElement,
  node: Node,
  offset: number,
  bias: 'forward' | 'backward',
): number | null {
  const paragraph = paragraphOf(node, root);
  if (paragraph) {
    const before = document.createRange();
    before.setStart(paragraph, 0);
    before.setEnd(node, offset);
    return Number(paragraph.dataset.offset) + before.toString().length;
  }
  if (!root.contains(node)) return null;
  const paragraphs = Array.from(root.querySelectorAll<HTMLElement>('[data-offset]'));
  const point = document.createRange();
  point.setStart(node, offset);
  if (bias === 'forward') {
    const next = paragraphs.find((p) => point.comparePoint(p, 0) >= 0);
    return next ? Number(next.dataset.offset) : null;
  }
  const previous = paragraphs.reverse().find((p) => point.comparePoint(p, 0) < 0);
  return previous ? Number(previous.dataset.offset) + (previous.textContent ?? '').length : null;
}

/**
 * The canonical [start, end) of a DOM range inside `root`, with whitespace at either end left out.
 * Null when the range is outside the article, collapsed, or whitespace only.
 */
export function rangeToOffsets(
  root: HTMLElement,
  range: Range,
  text: string,
): { start: number; end: number } | null {
  if (range.collapsed) return null;
  let start = boundaryToOffset(root, range.startContainer, range.startOffset, 'forward');
  let end = boundaryToOffset(root, range.endContainer, range.endOffset, 'backward');
  if (start === null || end === null) return null;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(0, Math.min(end, text.length));
  while (start < end && /\s/u.test(text[start] as string)) start += 1;
  while (end > start && /\s/u.test(text[end - 1] as string)) end -= 1;
  return end > start ? { start, end } : null;
}

/**
 * The DOM point of a canonical offset inside `root` (the inverse of boundaryToOffset): the text
 * node and offset within it, found through the paragraphs' `data-offset`. Null when the offset is
 * in a paragraph that is not shown.
 */
export function offsetToDomPoint(
  root: HTMLElement,
  offset: number,
): { node: Node; offset: number } | null {
  const paragraphs = Array.from(root.querySelectorAll<HTMLElement>('[data-offset]'));
  const paragraph = paragraphs.find((p) => {
    const start = Number(p.dataset.offset);
    return offset >= start && offset <= start + (p.textContent ?? '').length;
  });
  if (!paragraph) return null;
  let remaining = offset - Number(paragraph.dataset.offset);
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (remaining <= length) return { node, offset: remaining };
    remaining -= length;
  }
  return null;
}
