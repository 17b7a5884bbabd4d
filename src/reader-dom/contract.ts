/*
 * The reader's DOM contract (docs/architecture.md "Rendering"): every element that holds a slice
 * of the canonical text carries the slice's start offset, and every stored highlight is a `mark`
 * with its annotation id. This module is the only place that names those attributes; the
 * paragraph components write them through `paragraphAttributes` / `markAttributes` and everything
 * else reads them through the functions here.
 */

/** Start offset (UTF-16) of the canonical slice an element holds as its text content. */
export const OFFSET_ATTRIBUTE = 'data-offset';
/** The annotation a `mark` paints. */
export const ANNOTATION_ATTRIBUTE = 'data-annotation-id';

const paragraphSelector = `[${OFFSET_ATTRIBUTE}]`;

/** Props for an element that holds canonical text from `start` on. */
export function paragraphAttributes(start: number): { 'data-offset': number } {
  return { 'data-offset': start };
}

/** Props for a `mark` that paints annotation `id`. */
export function markAttributes(id: string): { 'data-annotation-id': string } {
  return { 'data-annotation-id': id };
}

/** The canonical offset where a paragraph element's text starts. */
export function paragraphStart(paragraph: Element): number {
  return Number(paragraph.getAttribute(OFFSET_ATTRIBUTE));
}

/** Every element holding canonical text inside `root`, in document order. */
export function paragraphsIn(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(paragraphSelector));
}

/** The paragraph element around `node`, when it lies inside `root`. */
export function paragraphOf(node: Node, root: HTMLElement): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>(paragraphSelector) ?? null;
  return paragraph && root.contains(paragraph) ? paragraph : null;
}

/** The first mark of a highlight. */
export function markOf(id: string, root: ParentNode = document): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark[${ANNOTATION_ATTRIBUTE}="${CSS.escape(id)}"]`);
}

/** The annotation id a mark paints, or null for any other element. */
export function annotationIdOf(element: Element): string | null {
  return element.closest('mark')?.getAttribute(ANNOTATION_ATTRIBUTE) ?? null;
}

/** The ids of every highlight under an element, outermost first. */
export function annotationIdsAt(target: Element): string[] {
  const ids: string[] = [];
  for (
    let mark = target.closest('mark');
    mark;
    mark = mark.parentElement?.closest('mark') ?? null
  ) {
    const id = mark.getAttribute(ANNOTATION_ATTRIBUTE);
    if (id) ids.unshift(id);
  }
  return ids;
}

/** Scrolls to a highlight's first mark and focuses it (marks are focusable from script only). */
export function focusHighlight(id: string, behavior: ScrollBehavior = 'smooth'): boolean {
  const mark = markOf(id);
  if (!mark) return false;
  mark.tabIndex = -1;
  if (typeof mark.scrollIntoView === 'function') mark.scrollIntoView({ block: 'center', behavior });
  mark.focus({ preventScroll: true });
  return true;
}

/** How many frames focusHighlightWhenShown waits for a mark at most (about five seconds). */
const SHOWN_WAIT_FRAMES = 300;

/**
 * focusHighlight as soon as the highlight's mark is in the page: a long article renders the
 * paragraphs after its first screen a few chunks per task (docs/architecture.md, "Rendering"),
 * so a highlight far down may not have its mark yet just after the article opens.
 */
export function focusHighlightWhenShown(id: string, behavior: ScrollBehavior = 'smooth'): void {
  const attempt = (framesLeft: number) => {
    if (focusHighlight(id, behavior) || framesLeft <= 0) return;
    requestAnimationFrame(() => attempt(framesLeft - 1));
  };
  requestAnimationFrame(() => attempt(SHOWN_WAIT_FRAMES));
}

/** The id of the open annotation's editor, so focus can move into it from its highlight. */
export const EDITOR_ID = 'annotation-editor';

/** Moves focus to the editor's first field (its Tags). @returns whether there was one */
export function focusEditor(): boolean {
  const editor = document.getElementById(EDITOR_ID);
  const field =
    editor?.querySelector<HTMLElement>('input, textarea') ??
    editor?.querySelector<HTMLElement>('button');
  field?.focus();
  return Boolean(field);
}
