import { decodeComponentSafely } from '../domain/text/url-decode';

/** Scrolls to a highlight's first mark and focuses it (marks are focusable from script only). */
export function focusHighlight(id: string, behavior: ScrollBehavior = 'smooth'): boolean {
  const mark = document.querySelector<HTMLElement>(`mark[data-annotation-id="${CSS.escape(id)}"]`);
  if (!mark) return false;
  mark.tabIndex = -1;
  if (typeof mark.scrollIntoView === 'function') mark.scrollIntoView({ block: 'center', behavior });
  mark.focus({ preventScroll: true });
  return true;
}

/** Reads `#annotation=<id>` from a location hash. */
export function annotationIdFromHash(hash: string): string | null {
  const match = /^#annotation=(.+)$/.exec(hash);
  return match?.[1] ? decodeComponentSafely(match[1]) : null;
}
