import { paragraphOf, paragraphStart, paragraphsIn } from './contract';
import { caretAnnouncement, selectionAnnouncement } from './caret-words';
import { caretMoveForKey, type CaretMove } from './keyboard-selection';
import { boundaryToOffset, offsetToDomPoint } from './text-range';

/**
 * Where the caret starts when the article text has none: at the focused highlight, else where
 * the user last clicked, else at the start of the first paragraph that reaches below `viewTop`
 * (the paragraph at the top of the viewport).
 */
export function caretStartOffset(
  root: HTMLElement,
  hint: { focused: Element | null; lastClick: number | null; viewTop?: number },
): number | null {
  const mark = hint.focused?.closest('mark');
  if (mark && root.contains(mark)) return boundaryToOffset(root, mark, 0, 'forward');
  if (hint.lastClick !== null && offsetToDomPoint(root, hint.lastClick)) return hint.lastClick;
  const paragraphs = paragraphsIn(root);
  const top = hint.viewTop ?? 0;
  const visible = paragraphs.find((p) => p.getBoundingClientRect().bottom > top) ?? paragraphs[0];
  return visible ? paragraphStart(visible) : null;
}

/** Collapses the document's selection to canonical `offset` in `root`. @returns whether it could */
export function placeCaret(root: HTMLElement, offset: number): boolean {
  const point = offsetToDomPoint(root, offset);
  const selection = document.getSelection();
  if (!point || !selection) return false;
  selection.collapse(point.node, point.offset);
  return true;
}

/** The canonical offset of the selection's focus (the caret) when it lies in `root`. */
export function caretOffset(root: HTMLElement): number | null {
  const selection = document.getSelection();
  if (!selection?.focusNode || !paragraphOf(selection.focusNode, root)) return null;
  return boundaryToOffset(root, selection.focusNode, selection.focusOffset, 'forward');
}

/** The selection's focus as a collapsed range, to measure where the caret is drawn. */
function focusRect(selection: Selection): DOMRect | null {
  if (!selection.focusNode) return null;
  const range = document.createRange();
  range.setStart(selection.focusNode, selection.focusOffset);
  // jsdom has no layout: no caret is drawn there.
  if (typeof range.getClientRects !== 'function') return null;
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return rect.height > 0 ? rect : null;
}

export interface CaretView {
  /** An empty element inside `root`, drawn as the caret (positioned absolutely). */
  caret: HTMLElement;
  /** A polite live region that tells screen readers where the caret went. */
  live: HTMLElement;
}

/**
 * The article text's keyboard caret (docs/architecture.md "Rendering"). The document selection
 * is the caret: collapsed it is drawn as a line, and Shift+keys extend it with
 * `Selection.modify`, since Chromium moves no caret in non-editable text on its own. The caret
 * never leaves the article text; each step is announced politely.
 */
export class ReaderCaret {
  private lastClick: number | null = null;
  private pointerDown = false;
  private readonly controller = new AbortController();

  constructor(
    private readonly root: HTMLElement,
    private readonly view: CaretView,
  ) {
    const { signal } = this.controller;
    root.addEventListener('pointerdown', () => (this.pointerDown = true), { signal });
    document.addEventListener('pointerup', () => this.onPointerUp(), { signal });
    root.addEventListener('focusin', (event) => this.onFocusIn(event), { signal });
    root.addEventListener('focusout', () => requestAnimationFrame(() => this.paint()), { signal });
    document.addEventListener('selectionchange', () => this.paint(), { signal });
    window.addEventListener('resize', () => this.paint(), { signal });
  }

  disconnect(): void {
    this.controller.abort();
  }

  /** Handles a caret key pressed in the article text. @returns whether the key was used */
  handleKey(event: KeyboardEvent): boolean {
    const move = caretMoveForKey(event);
    const selection = document.getSelection();
    if (!move || !selection || typeof selection.modify !== 'function') return false;
    if (caretOffset(this.root) === null && !this.start(document.activeElement)) return false;
    this.step(selection, move);
    this.paint();
    this.view.caret.scrollIntoView?.({ block: 'nearest' });
    this.announce(selection, move);
    return true;
  }

  /** One `Selection.modify` step, taken back when it would leave the article text. */
  private step(selection: Selection, move: CaretMove): void {
    const { anchorNode, anchorOffset, focusNode, focusOffset } = selection;
    selection.modify(move.alter, move.direction, move.granularity);
    if (caretOffset(this.root) !== null || !anchorNode || !focusNode) return;
    selection.setBaseAndExtent(anchorNode, anchorOffset, focusNode, focusOffset);
  }

  private start(focused: Element | null): boolean {
    // The page's own header may cover the top of the viewport (not the article's header).
    const header = document.querySelector('header:not(article header)');
    const viewTop = Math.max(0, header?.getBoundingClientRect().bottom ?? 0);
    const offset = caretStartOffset(this.root, { focused, lastClick: this.lastClick, viewTop });
    return offset !== null && placeCaret(this.root, offset);
  }

  private onFocusIn(event: FocusEvent): void {
    // A click puts the caret where it lands; only keyboard focus places it.
    if (this.pointerDown) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('mark') || caretOffset(this.root) === null) this.start(target);
    this.paint();
  }

  private onPointerUp(): void {
    if (!this.pointerDown) return;
    this.pointerDown = false;
    // The click's caret is in place once the event has run.
    setTimeout(() => {
      const selection = document.getSelection();
      const at = selection?.isCollapsed ? caretOffset(this.root) : null;
      if (at !== null) this.lastClick = at;
      this.paint();
    }, 0);
  }

  /** Draws the caret at the selection's focus while the article text has keyboard focus. */
  private paint(): void {
    const { caret } = this.view;
    const selection = document.getSelection();
    const focused = this.root.contains(document.activeElement);
    const rect =
      focused && selection && caretOffset(this.root) !== null ? focusRect(selection) : null;
    if (!rect) {
      caret.hidden = true;
      return;
    }
    const box = this.root.getBoundingClientRect();
    caret.style.left = `${rect.left - box.left}px`;
    caret.style.top = `${rect.top - box.top}px`;
    caret.style.height = `${rect.height}px`;
    caret.hidden = false;
  }

  private announce(selection: Selection, move: CaretMove): void {
    let message: string;
    if (move.alter === 'extend' && !selection.isCollapsed) {
      message = selectionAnnouncement(selection.toString());
    } else {
      const paragraph = selection.focusNode ? paragraphOf(selection.focusNode, this.root) : null;
      const at = caretOffset(this.root);
      if (!paragraph || at === null) return;
      message = caretAnnouncement(
        paragraph.textContent ?? '',
        at - paragraphStart(paragraph),
        move.granularity,
      );
    }
    this.view.live.textContent = message;
  }
}
