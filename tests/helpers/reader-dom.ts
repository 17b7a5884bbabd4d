import { expect } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { annotationsRepo } from '../../src/db';
import { describeRange } from '../../src/domain/anchoring';
import { sha256Hex } from '../../src/domain/corpus/hash';
import type { Annotation, TextRange } from '../../src/domain/model';

/** The rendered lines of the article: every element carrying `data-offset`. */
export function renderedParagraphs(): HTMLElement[] {
  return Array.from(screen.getByRole('article').querySelectorAll<HTMLElement>('[data-offset]'));
}

/** The element the reader listens to for selections (the article body with its headline). */
export function articleBody(): HTMLElement {
  const body = screen.getByRole('article').querySelector<HTMLElement>('[data-article-body]');
  if (!body) throw new Error('no article body');
  return body;
}

/**
 * The DOM point at a canonical offset, found through the paragraphs' `data-offset` and their text
 * nodes (marks included). `side` decides a point on a paragraph boundary: a start belongs to the
 * paragraph that follows it, an end to the one that precedes it.
 */
export function domPoint(offset: number, side: 'start' | 'end'): { node: Text; offset: number } {
  for (const paragraph of renderedParagraphs()) {
    const from = Number(paragraph.dataset.offset);
    const to = from + (paragraph.textContent ?? '').length;
    const inside = side === 'start' ? offset >= from && offset < to : offset > from && offset <= to;
    if (!inside) continue;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let seen = from;
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      const length = node.data.length;
      const fits = side === 'start' ? offset < seen + length : offset <= seen + length;
      if (fits) return { node, offset: offset - seen };
      seen += length;
    }
  }
  throw new Error(`offset ${offset} (${side}) is not in a rendered paragraph`);
}

/** A DOM range over canonical [start, end) of the rendered article. */
export function domRange(start: number, end: number): Range {
  const from = domPoint(start, 'start');
  const to = domPoint(end, 'end');
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** One animation frame, inside act so React applies what the frame changed. */
export function nextFrame(): Promise<void> {
  return act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

/** Lets pending promises, timers and live queries settle for `ms`. */
export function settle(ms = 60): Promise<void> {
  return act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
}

/**
 * Selects canonical [start, end) in the reader the way a browser would report it: the document
 * selection changes and `selectionchange` fires; the reader reads it on the next frame.
 */
export async function selectCanonical(start: number, end: number): Promise<Range> {
  const range = domRange(start, end);
  const selection = document.getSelection();
  if (!selection) throw new Error('no document selection');
  selection.setBaseAndExtent(
    range.startContainer,
    range.startOffset,
    range.endContainer,
    range.endOffset,
  );
  document.dispatchEvent(new Event('selectionchange'));
  await nextFrame();
  return range;
}

/** Selects the first occurrence of `quote` in the canonical text. */
export async function selectQuote(
  text: string,
  quote: string,
): Promise<{ start: number; end: number }> {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  await selectCanonical(start, start + quote.length);
  return { start, end: start + quote.length };
}

/** Clears the document selection and lets the reader notice. */
export async function clearSelection(): Promise<void> {
  document.getSelection()?.removeAllRanges();
  document.dispatchEvent(new Event('selectionchange'));
  await nextFrame();
}

/** The marks of one annotation, in document order. */
export function marksOf(id: string): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(`mark[data-annotation-id="${id}"]`));
}

/** The text of one annotation's marks joined together (each character once, nested or not). */
export function markedText(id: string): string {
  return marksOf(id)
    .filter((mark) => !mark.parentElement?.closest(`mark[data-annotation-id="${id}"]`))
    .map((mark) => mark.textContent ?? '')
    .join('');
}

/** The distinct annotation ids painted in the article. */
export function paintedIds(): string[] {
  return [
    ...new Set(
      Array.from(document.querySelectorAll<HTMLElement>('mark[data-annotation-id]')).map(
        (m) => m.dataset.annotationId as string,
      ),
    ),
  ];
}

export const hashOf = sha256Hex;

let counter = 0;

/** Stores an annotation directly (as an earlier session would have), bypassing the UI. */
export async function seedAnnotation(input: {
  articleId: string;
  text: string;
  textHash?: string;
  start?: number;
  end?: number;
  ranges?: TextRange[];
  tagIds?: string[];
  note?: string;
  color?: string | null;
  status?: Annotation['status'];
}): Promise<Annotation> {
  counter += 1;
  const stamp = new Date(Date.UTC(2024, 0, 1, 0, 0, counter)).toISOString();
  const ranges = input.ranges ?? [describeRange(input.text, input.start ?? 0, input.end ?? 1)];
  return annotationsRepo.create({
    id: crypto.randomUUID(),
    articleId: input.articleId,
    textHash: input.textHash ?? (await sha256Hex(input.text)),
    ranges,
    tagIds: input.tagIds ?? [],
    note: input.note ?? '',
    color: input.color ?? null,
    createdAt: stamp,
    updatedAt: stamp,
    status: input.status ?? 'exact',
    coderId: 'local',
  });
}

/** Waits until the article is shown with its annotations painted. */
export async function waitForMarks(count: number): Promise<void> {
  await waitFor(() => expect(paintedIds()).toHaveLength(count));
}
