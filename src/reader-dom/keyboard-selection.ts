/** One step of the reader's caret, in the terms of `Selection.modify`. */
export interface CaretMove {
  /** 'move' moves the caret; 'extend' keeps the selection's anchor and moves its focus. */
  alter: 'move' | 'extend';
  /** Left and right are visual, so the arrows follow the text in right-to-left articles too. */
  direction: 'left' | 'right' | 'forward' | 'backward';
  granularity: 'character' | 'word' | 'line' | 'lineboundary';
}

type Keys = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>;

/**
 * The caret keys of the article text: arrows by character or line, Ctrl or Alt + Left/Right by
 * word, Home/End to the line's ends; with Shift each extends the selection instead. Other keys
 * (and Cmd, Ctrl+Home/End, Ctrl+Up/Down) are left to the browser.
 */
export function caretMoveForKey(event: Keys): CaretMove | null {
  if (event.metaKey) return null;
  const alter = event.shiftKey ? 'extend' : 'move';
  const byWord = event.ctrlKey || event.altKey;
  const step = (
    direction: CaretMove['direction'],
    granularity: CaretMove['granularity'],
  ): CaretMove => ({ alter, direction, granularity });
  switch (event.key) {
    case 'ArrowRight':
      return step('right', byWord ? 'word' : 'character');
    case 'ArrowLeft':
      return step('left', byWord ? 'word' : 'character');
    case 'ArrowDown':
      return byWord ? null : step('forward', 'line');
    case 'ArrowUp':
      return byWord ? null : step('backward', 'line');
    case 'Home':
      return byWord ? null : step('backward', 'lineboundary');
    case 'End':
      return byWord ? null : step('forward', 'lineboundary');
    default:
      return null;
  }
}
