import { useCallback, useMemo, useState, type RefObject } from 'react';
import { createHighlight, toggleTag } from '../commands';
import type { AnchoredAnnotation } from '../domain/anchoring';
import type { Tag } from '../domain/model';
import { focusHighlightWhenShown, selectionOffsets } from '../reader-dom';
import { useReaderStoreApi } from './use-reader-store';

interface ReaderArticle {
  id: string;
  text: string;
  textHash: string;
}

/**
 * The reader's commands on what the user sees: highlight the live selection, open a highlight,
 * step through them (j/k), toggle a tag on the open one. `focusTagsOf` names the highlight whose
 * editor should take focus in its Tags field when it opens (one made with plain "Highlight").
 */
export function useReaderActions(
  article: ReaderArticle,
  bodyRef: RefObject<HTMLElement | null>,
  anchored: readonly AnchoredAnnotation[],
) {
  const store = useReaderStoreApi();
  const [focusTagsOf, setFocusTagsOf] = useState<string | null>(null);
  const byAnnotation = useMemo(
    () => new Map(anchored.map((a) => [a.annotation.id, a])),
    [anchored],
  );

  const activate = useCallback(
    (id: string, focus = true) => {
      const { setActiveAnnotation, setSidebarOpen } = store.getState();
      setFocusTagsOf(null);
      setActiveAnnotation(id);
      setSidebarOpen(true);
      if (focus) focusHighlightWhenShown(id);
    },
    [store],
  );

  /** What is selected now, not what was selected when the selection last settled. */
  const currentSelection = useCallback(() => {
    const root = bodyRef.current;
    const live = root ? selectionOffsets(root, article.text) : null;
    const settled = store.getState().selection;
    return live ?? (settled?.articleId === article.id ? settled : null);
  }, [article.id, article.text, bodyRef, store]);

  const highlight = useCallback(
    async (tagId?: string) => {
      const range = currentSelection();
      if (!range) return;
      const created = await createHighlight({
        articleId: article.id,
        text: article.text,
        textHash: article.textHash,
        start: range.start,
        end: range.end,
        ...(tagId ? { tagIds: [tagId] } : {}),
      });
      if (!created.ok) return;
      document.getSelection()?.removeAllRanges();
      const state = store.getState();
      state.setSelection(null);
      state.setActiveAnnotation(created.value.id);
      state.setSidebarOpen(true);
      setFocusTagsOf(tagId ? null : created.value.id);
    },
    [article.id, article.text, article.textHash, currentSelection, store],
  );

  const placed = useMemo(() => anchored.filter((a) => a.status !== 'orphan'), [anchored]);
  const step = useCallback(
    (direction: 1 | -1) => {
      if (placed.length === 0) return;
      const activeId = store.getState().activeAnnotationId;
      const index = placed.findIndex((a) => a.annotation.id === activeId);
      const next =
        index < 0
          ? direction === 1
            ? 0
            : placed.length - 1
          : (index + direction + placed.length) % placed.length;
      activate((placed[next] as AnchoredAnnotation).annotation.id);
    },
    [placed, activate, store],
  );

  const toggleTagOnActive = useCallback(
    (tag: Tag) => {
      const activeId = store.getState().activeAnnotationId;
      const item = activeId ? byAnnotation.get(activeId) : undefined;
      if (item) void toggleTag(item.annotation, tag.id);
    },
    [byAnnotation, store],
  );

  const has = useCallback((id: string) => byAnnotation.has(id), [byAnnotation]);
  return {
    byAnnotation,
    has,
    activate,
    currentSelection,
    highlight,
    step,
    toggleTagOnActive,
    focusTagsOf,
  };
}
