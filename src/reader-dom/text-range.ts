import { paragraphOf, paragraphStart, paragraphsIn } from './contract';

/*
 * Canonical offsets ↔ DOM points (docs/architecture.md "Rendering"). A paragraph's text content
 * is exactly its canonical slice, so a point maps to `data-offset` plus the length of the text
 * before it, and back through a TreeWalker; nothing is searched by quote.
 */

/**
 * Maps one DOM boundary point to an offset in the canonical text. A point that sits between
 * paragraphs snaps to the start of the next one (`bias` forward) or the end of the previous one
 * (backward); a point outside the article gives null.
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
    return paragraphStart(paragraph) + before.toString().length;
  }
  if (!root.contains(node)) return null;
  const paragraphs = paragraphsIn(root);
  const point = document.createRange();
  point.setStart(node, offset);
  if (bias === 'forward') {
    const next = paragraphs.find((p) => point.comparePoint(p, 0) >= 0);
    return next ? paragraphStart(next) : null;
  }
  const previous = paragraphs.reverse().find((p) => point.comparePoint(p, 0) < 0);
  return previous ? paragraphStart(previous) + (previous.textContent ?? '').length : null;
}

const space = /\s/u;

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
  while (start < end && space.test(text[start] as string)) start += 1;
  while (end > start && space.test(text[end - 1] as string)) end -= 1;
  return end > start ? { start, end } : null;
}

/** The canonical offsets of the document's current selection inside `root`, read now. */
export function selectionOffsets(
  root: HTMLElement,
  text: string,
): { start: number; end: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  return rangeToOffsets(root, selection.getRangeAt(0), text);
}

/**
 * The DOM point of a canonical offset inside `root` (the inverse of boundaryToOffset): the text
 * node and offset within it. Null when the offset is in a paragraph that is not shown.
 */
export function offsetToDomPoint(
  root: HTMLElement,
  offset: number,
): { node: Node; offset: number } | null {
  const paragraph = paragraphsIn(root).find((p) => {
    const start = paragraphStart(p);
    return offset >= start && offset <= start + (p.textContent ?? '').length;
  });
  if (!paragraph) return null;
  let remaining = offset - paragraphStart(paragraph);
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (remaining <= length) return { node, offset: remaining };
    remaining -= length;
  }
  return null;
}

/** A DOM range over canonical [start, end), or null when either end is not shown. */
export function offsetsToRange(root: HTMLElement, start: number, end: number): Range | null {
  const from = offsetToDomPoint(root, start);
  const to = offsetToDomPoint(root, end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
