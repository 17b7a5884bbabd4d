import { useCallback, useRef, useState, type ReactNode } from 'react';
import { confirmAnchor, deleteAnnotation, reattachAnnotation } from '../commands';
import type { Article, ParsedArticle } from '../domain/corpus/types';
import { quoteOf } from '../domain/annotations/quote';
import { useCoderPaint } from '../hooks/use-coder-paint';
import { useDeepLink } from '../hooks/use-deep-link';
import { useHighlightPaint } from '../hooks/use-highlight-paint';
import { useReaderActions } from '../hooks/use-reader-actions';
import { useReaderAnnotations, type AnchoredAnnotation } from '../hooks/use-reader-annotations';
import { useReaderShortcuts } from '../hooks/use-reader-shortcuts';
import { useReaderStore, useReaderStoreApi } from '../hooks/use-reader-store';
import { useTags } from '../hooks/use-tags';
import { focusEditor, focusHighlight } from '../reader-dom';
import { useAppStore } from '../store';
import { AnnotationEditor } from './annotation-editor';
import { AnnotationSidebar } from './annotation-sidebar';
import { ArticleMemo } from './article-memo';
import { ArticleView } from './article-view';
import { MissingLinkNotice } from './missing-link-notice';
import { ReaderHighlightChooser } from './reader-highlight-chooser';
import { ReaderSearchBar } from './reader-search-bar';
import { ReaderSelectionLayer } from './reader-selection-layer';
import styles from './reader-workspace.module.css';
import { ShortcutsDialog } from './shortcuts-dialog';

const none: readonly AnchoredAnnotation[] = [];

interface Props {
  article: Article;
  text: string;
  parsed: ParsedArticle;
  footer?: ReactNode;
}

/**
 * The article with its highlights, the selection toolbar, the editor and the sidebar: the parts
 * put together. The reader's own state lives in its reader store (see ReaderScope).
 */
export function ReaderWorkspace({ article: entry, text, parsed, footer }: Props) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const store = useReaderStoreApi();
  const { tags, byId, loading: tagsLoading } = useTags();
  const { anchored, loading } = useReaderAnnotations(entry.id, text, entry.textHash);
  const actions = useReaderActions(
    { id: entry.id, text, textHash: entry.textHash },
    bodyRef,
    anchored,
  );
  const activeId = useReaderStore((s) => s.activeAnnotationId);
  const sidebarOpen = useReaderStore((s) => s.sidebarOpen);
  const shortcutsOpen = useReaderStore((s) => s.shortcutsOpen);
  const showPageExtras = useAppStore((s) => s.showPageExtras);
  const setShowPageExtras = useAppStore((s) => s.setShowPageExtras);
  const { coders, paint: coderPaint } = useCoderPaint();
  // Highlights paint once their tags are known, in their own colours from the first frame.
  const { spans, colorOf, tagsOf } = useHighlightPaint(
    tagsLoading ? none : anchored,
    byId,
    activeId,
    coderPaint,
  );

  useReaderShortcuts({
    tags,
    hasSelection: () => actions.currentSelection() !== null,
    highlight: (tagId) => void actions.highlight(tagId),
    toggleTag: actions.toggleTagOnActive,
    step: actions.step,
  });
  const openLinked = useCallback((id: string) => store.getState().setActiveAnnotation(id), [store]);
  // What looks beyond the first screen (a linked highlight, search hits) waits for the whole text.
  const [complete, setComplete] = useState(false);
  const onComplete = useCallback(() => setComplete(true), []);
  const missingLink = useDeepLink(!loading && !tagsLoading && complete, actions.has, openLinked);

  const closeEditor = (id: string) => {
    store.getState().setActiveAnnotation(null);
    focusHighlight(id, 'auto');
  };
  const active = activeId ? actions.byAnnotation.get(activeId) : undefined;
  const editor = active ? (
    <AnnotationEditor
      key={active.annotation.id}
      annotation={active.annotation}
      status={active.status}
      quote={quoteOf(active.annotation)}
      color={colorOf(active)}
      tags={tags}
      byId={byId}
      focusTags={actions.focusTagsOf === active.annotation.id}
      onClose={() => closeEditor(active.annotation.id)}
      onDeleted={() => store.getState().setActiveAnnotation(null)}
    />
  ) : null;

  return (
    <div className={styles.layout}>
      <div>
        <ReaderSearchBar
          bodyRef={bodyRef}
          text={text}
          redraw={[spans, showPageExtras, complete]}
          complete={complete}
        />
        <MissingLinkNotice linked={missingLink} />
        <ArticleView
          entry={entry}
          parsed={parsed}
          showPageExtras={showPageExtras}
          onTogglePageExtras={() => setShowPageExtras(!showPageExtras)}
          spans={spans}
          bodyRef={bodyRef}
          onComplete={onComplete}
          onTabFromHighlight={(id) => {
            if (store.getState().activeAnnotationId !== id) actions.activate(id, false);
            if (focusEditor()) return true;
            // The editor appears with the next render: focus it then.
            requestAnimationFrame(() => focusEditor());
            return true;
          }}
          onHighlightClick={(ids, event) => {
            if (ids.length === 1) actions.activate(ids[0] as string, false);
            else store.getState().setHighlightChoice({ ids, x: event.pageX, y: event.pageY });
          }}
        />
        {footer}
      </div>
      <AnnotationSidebar
        anchored={anchored}
        byId={byId}
        activeId={activeId}
        colorOf={colorOf}
        open={sidebarOpen}
        editor={editor}
        memo={<ArticleMemo articleId={entry.id} />}
        coders={coders}
        onActivate={(id) => actions.activate(id)}
        onClose={() => store.getState().setSidebarOpen(false)}
        onConfirm={(item) => void confirmAnchor(item.annotation, item.ranges, entry.textHash)}
        onReattach={(item) => {
          const range = actions.currentSelection();
          if (range)
            void reattachAnnotation(item.annotation, text, entry.textHash, range.start, range.end);
        }}
        onDelete={(id) => {
          void deleteAnnotation(id).then((result) => {
            if (result.ok && store.getState().activeAnnotationId === id)
              store.getState().setActiveAnnotation(null);
          });
        }}
      />
      <button
        type="button"
        className={`button button-primary ${styles.drawerToggle}`}
        aria-expanded={sidebarOpen}
        aria-controls="annotations-sidebar"
        onClick={() => store.getState().setSidebarOpen(!sidebarOpen)}
      >
        Annotations ({anchored.length})
      </button>
      <ReaderSelectionLayer
        bodyRef={bodyRef}
        articleId={entry.id}
        text={text}
        tags={tags}
        onHighlight={(tagId) => void actions.highlight(tagId)}
      />
      <ReaderHighlightChooser
        byAnnotation={actions.byAnnotation}
        tagsOf={tagsOf}
        colorOf={colorOf}
        onChoose={(id) => actions.activate(id)}
      />
      {shortcutsOpen ? (
        <ShortcutsDialog onClose={() => store.getState().setShortcutsOpen(false)} />
      ) : null}
    </div>
  );
}
