/*
 * Reports the document selection once it has settled (after the pointer is released, a key is let
 * go, or a short pause in `selectionchange` — touch handles and Shift+arrows). While a pointer is
 * down, nothing is reported, so dragging a selection costs no rendering. Modelled on
 * hypothesis/client's selection-observer. Framework-free: the reader subscribes through
 * useTextSelection.
 */

export type SelectionCallback = (range: Range | null) => void;

/** How long `selectionchange` must be quiet before a selection counts as settled. */
const SETTLE_MS = 30;

export class SelectionObserver {
  private pointerDown = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending report is due; a later event never postpones an earlier report. */
  private dueAt = Infinity;
  private readonly document: Document;
  private readonly callback: SelectionCallback;

  constructor(callback: SelectionCallback, doc: Document = document) {
    this.callback = callback;
    this.document = doc;
    doc.addEventListener('selectionchange', this.onSelectionChange);
    doc.addEventListener('pointerdown', this.onPointerDown);
    doc.addEventListener('pointerup', this.onPointerUp);
    doc.addEventListener('pointercancel', this.onPointerUp);
    doc.addEventListener('keyup', this.onKeyUp);
  }

  /** Stops listening; a pending report is dropped. */
  disconnect(): void {
    clearTimeout(this.timer);
    const doc = this.document;
    doc.removeEventListener('selectionchange', this.onSelectionChange);
    doc.removeEventListener('pointerdown', this.onPointerDown);
    doc.removeEventListener('pointerup', this.onPointerUp);
    doc.removeEventListener('pointercancel', this.onPointerUp);
    doc.removeEventListener('keyup', this.onKeyUp);
  }

  private report(delay: number): void {
    const due = Date.now() + delay;
    if (this.timer !== undefined && this.dueAt <= due) return;
    clearTimeout(this.timer);
    this.dueAt = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.dueAt = Infinity;
      const selection = this.document.getSelection();
      this.callback(selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null);
    }, delay);
  }

  private readonly onSelectionChange = (): void => {
    if (!this.pointerDown) this.report(SETTLE_MS);
  };

  private readonly onPointerDown = (): void => {
    this.pointerDown = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dueAt = Infinity;
  };

  private readonly onPointerUp = (): void => {
    this.pointerDown = false;
    this.report(0);
  };

  private readonly onKeyUp = (): void => {
    this.report(0);
  };
}
