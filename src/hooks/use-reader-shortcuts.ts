import { useEffect, useRef } from 'react';
import { findTagByHotkey } from '../domain/codebook';
import type { Tag } from '../domain/model';
import { useAppStore } from '../store';
import { redoLast, undoLast } from './annotation-actions';

export interface ReaderShortcutHandlers {
  tags: readonly Tag[];
  /** Highlight the current selection, tagged with tagId when given. */
  highlight: (tagId?: string) => void;
  /** Toggle a tag on the open annotation (a hotkey with no selection). */
  toggleTag: (tag: Tag) => void;
  /** Move to the next (1) or previous (-1) highlight. */
  step: (direction: 1 | -1) => void;
}

/** True when a key press belongs to a text field (its own keys, undo included) rather than the app. */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The reader's keyboard: h, tag hotkeys, j/k, ?, Escape, and Ctrl/Cmd+Z / Ctrl/Cmd+Shift+Z.
 * Keys typed into a field belong to the field (its own undo included), except Escape.
 */
export function useReaderShortcuts(handlers: ReaderShortcutHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const store = useAppStore.getState();
      const { highlight, toggleTag, step, tags } = latest.current;
      const editable = isEditable(event.target);

      if (event.key === 'Escape') {
        if (store.shortcutsOpen) store.setShortcutsOpen(false);
        else if (store.highlightChoice) store.setHighlightChoice(null);
        else if (store.selection && document.getSelection()?.isCollapsed === false) {
          document.getSelection()?.removeAllRanges();
          store.setSelection(null);
        } else if (store.activeAnnotationId) {
          const id = store.activeAnnotationId;
          store.setActiveAnnotation(null);
          document
            .querySelector<HTMLElement>(`mark[data-annotation-id="${CSS.escape(id)}"]`)
            ?.focus();
        }
        return;
      }
      if (editable) return;
      const key = event.key.toLowerCase();
      if ((event.ctrlKey || event.metaKey) && !event.altKey && (key === 'z' || key === 'y')) {
        event.preventDefault();
        void (key === 'y' || event.shiftKey ? redoLast() : undoLast());
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '?') {
        event.preventDefault();
        store.setShortcutsOpen(true);
      } else if (key === 'h' && store.selection) {
        event.preventDefault();
        highlight();
      } else if (key === 'j' || key === 'k') {
        event.preventDefault();
        step(key === 'j' ? 1 : -1);
      } else {
        const tag = findTagByHotkey(event.key, tags);
        if (!tag) return;
        event.preventDefault();
        if (store.selection) highlight(tag.id);
        else if (store.activeAnnotationId) toggleTag(tag);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
