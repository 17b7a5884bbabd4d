/** When the opener went away with what the dialog did (a deleted row), the page's start takes focus. */
function focusPageStart(): void {
  const main = document.getElementById('main');
  if (!main) return;
  if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
  main.focus({ preventScroll: true });
}

const WATCH_MS = 2000;

/**
 * Gives focus back to the control that opened a dialog. What the dialog did may remove that
 * control a moment later (a live query drops the deleted card), which would leave focus on
 * <body>; for a short while, watch for that and move focus to the page's main region instead.
 */
export function returnFocus(opener: Element | null): void {
  if (!(opener instanceof HTMLElement) || !opener.isConnected) {
    focusPageStart();
    return;
  }
  opener.focus();
  const observer = new MutationObserver(() => {
    if (opener.isConnected) return;
    observer.disconnect();
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost) focusPageStart();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), WATCH_MS);
}
