import { useEffect, useRef } from 'react';
import { redoLast, undoLast } from '../commands';
import { findTagByHotkey } from '../domain/codebook';
import type { Tag } from '../domain/model';
import { isEditable, markOf } from '../reader-dom';
import { useReaderStoreApi } from './use-reader-store';

export interface ReaderShortcutHandlers {
  tags: readonly Tag[];
  /** True when text is selected in the article right now. */
  hasSelection: () => boolean;
  /** Highlight the current selection, tagged with tagId when given. */
  highlight: (tagId?: string) => void;
  /** Toggle a tag on the open annotation (a hotkey with no selection). */
  toggleTag: (tag: Tag) => void;
  /** Move to the next (1) or previous (-1) highlight. */
  step: (direction: 1 | -1) => void;
}

/**
 * The reader's keyboard: h, tag hotkeys, j/k, ?, Escape, and Ctrl/Cmd+Z / Ctrl/Cmd+Shift+Z.
 * Keys typed into a field belong to the field (its own undo included), except Escape.
 */
export function useReaderShortcuts(handlers: ReaderShortcutHandlers): void {
  const store = useReaderStoreApi();
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onEscape = () => {
      const state = store.getState();
      if (state.shortcutsOpen) state.setShortcutsOpen(false);
      else if (state.highlightChoice) state.setHighlightChoice(null);
      else if (latest.current.hasSelection()) {
        document.getSelection()?.removeAllRanges();
        state.setSelection(null);
      } else if (state.activeAnnotationId) {
        const id = state.activeAnnotationId;
        state.setActiveAnnotation(null);
        markOf(id)?.focus();
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const { highlight, toggleTag, step, tags, hasSelection } = latest.current;
      if (event.key === 'Escape') {
        onEscape();
        return;
      }
      if (isEditable(event.target)) return;
      const key = event.key.toLowerCase();
      if ((event.ctrlKey || event.metaKey) && !event.altKey && (key === 'z' || key === 'y')) {
        event.preventDefault();
        void (key === 'y' || event.shiftKey ? redoLast() : undoLast());
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '?') {
        event.preventDefault();
        store.getState().setShortcutsOpen(true);
      } else if (key === 'h' && hasSelection()) {
        event.preventDefault();
        highlight();
      } else if (key === 'j' || key === 'k') {
        event.preventDefault();
        step(key === 'j' ? 1 : -1);
      } else {
        const tag = findTagByHotkey(event.key, tags);
        if (!tag) return;
        event.preventDefault();
        if (hasSelection()) highlight(tag.id);
        else if (store.getState().activeAnnotationId) toggleTag(tag);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
