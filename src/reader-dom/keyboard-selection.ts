import { paragraphsIn } from './contract';

type Move = ['forward' | 'backward', 'character' | 'word' | 'line'];

/**
 * Extends the selection from the keyboard inside the (non-editable) article text: Shift+arrows
 * by character or line, with Ctrl or Alt by word. Chromium does not extend a selection in
 * non-editable text on its own, so this drives `Selection.modify`.
 * @returns whether the key was used
 */
export function extendSelectionByKey(event: KeyboardEvent, body: HTMLElement): boolean {
  const byWord = event.ctrlKey || event.altKey;
  const moves: Record<string, Move> = {
    ArrowRight: ['forward', byWord ? 'word' : 'character'],
    ArrowLeft: ['backward', byWord ? 'word' : 'character'],
    ArrowDown: ['forward', 'line'],
    ArrowUp: ['backward', 'line'],
  };
  const move = moves[event.key];
  const selection = window.getSelection();
  if (!event.shiftKey || !move || !selection || typeof selection.modify !== 'function')
    return false;
  if (selection.rangeCount === 0 || !body.contains(selection.anchorNode)) {
    const [first] = paragraphsIn(body);
    if (!first) return false;
    selection.collapse(first, 0);
  }
  selection.modify('extend', move[0], move[1]);
  return true;
}
