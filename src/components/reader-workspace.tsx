import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { ManifestEntry, ParsedArticle } from '../domain/corpus/types';
import type { Tag } from '../domain/model';
import {
  confirmAnchor,
  createHighlight,
  deleteAnnotation,
  reattachAnnotation,
  updateAnnotation,
} from '../hooks/annotation-actions';
import { annotationIdFromHash, focusHighlight } from '../hooks/use-highlight-focus';
import { useReaderAnnotations, type AnchoredAnnotation } from '../hooks/use-reader-annotations';
import { useReaderShortcuts } from '../hooks/use-reader-shortcuts';
import { useSearchHits } from '../hooks/use-search-hits';
import { useTags } from '../hooks/use-tags';
import { useTextSelection } from '../hooks/use-text-selection';
import { useAppStore } from '../store';
import { AnnotationEditor } from './annotation-editor';
import { AnnotationSidebar } from './annotation-sidebar';
import { ArticleMemo } from './article-memo';
import { ArticleView } from './article-view';
import { HighlightChooser } from './highlight-chooser';
import { MissingLinkNotice } from './missing-link-notice';
import type { MarkPaint } from './paragraph-view';
import styles from './reader-workspace.module.css';
import { SelectionToolbar } from './selection-toolbar';
import { ShortcutsDialog } from './shortcuts-dialog';

const DEFAULT_COLOR = '#fde68a';

interface Props {
  entry: ManifestEntry;
  text: string;
  parsed: ParsedArticle;
  footer?: ReactNode;
}

function labelFor(tags: readonly Tag[]): string {
  return tags.length > 0
    ? `Highlight: ${tags.map((t) => t.name).join(', ')}`
    : 'Highlight (no tags)';
}

/** The article with its highlights, the selection toolbar, the editor and the sidebar. */
export function ReaderWorkspace({ entry, text, parsed, footer }: Props) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const { tags, byId } = useTags();
  const { anchored, spans, loading } = useReaderAnnotations(entry.id, text, entry.sha256);
  const selectionRect = useTextSelection(bodyRef, entry.id, text);
  const selection = useAppStore((s) => s.selection);
  const activeId = useAppStore((s) => s.activeAnnotationId);
  const setActive = useAppStore((s) => s.setActiveAnnotation);
  const choice = useAppStore((s) => s.highlightChoice);
  const setChoice = useAppStore((s) => s.setHighlightChoice);
  const sidebarOpen = useAppStore((s) => s.sidebarOpen);
  const setSidebarOpen = useAppStore((s) => s.setSidebarOpen);
  const showPageExtras = useAppStore((s) => s.showPageExtras);
  const setShowPageExtras = useAppStore((s) => s.setShowPageExtras);
  const shortcutsOpen = useAppStore((s) => s.shortcutsOpen);
  const setShortcutsOpen = useAppStore((s) => s.setShortcutsOpen);
  const { hash, key: locationKey } = useLocation();

  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  const hit = Math.max(0, Number(searchParams.get('hit') ?? 0) || 0);
  const searchRedraw = useMemo(() => [spans, showPageExtras], [spans, showPageExtras]);
  const hitCount = useSearchHits(bodyRef, text, query, hit, searchRedraw);
  const goToHit = (next: number) => {
    const params = new URLSearchParams(searchParams);
    params.set('hit', String((next + hitCount) % Math.max(1, hitCount)));
    setSearchParams(params, { replace: true });
  };

  const byAnnotation = useMemo(
    () => new Map(anchored.map((a) => [a.annotation.id, a])),
    [anchored],
  );
  const tagsOf = useCallback(
    (item: AnchoredAnnotation) =>
      item.annotation.tagIds.map((id) => byId.get(id)).filter((t): t is Tag => t !== undefined),
    [byId],
  );
  const colorOf = useCallback(
    (item: AnchoredAnnotation) => item.annotation.color ?? tagsOf(item)[0]?.color ?? DEFAULT_COLOR,
    [tagsOf],
  );
  const paint = useCallback(
    (id: string): MarkPaint => {
      const item = byAnnotation.get(id);
      if (!item) return { color: DEFAULT_COLOR, label: 'Highlight', active: false };
      return { color: colorOf(item), label: labelFor(tagsOf(item)), active: id === activeId };
    },
    [byAnnotation, colorOf, tagsOf, activeId],
  );
  const paintSignature = useCallback(
    (id: string) => {
      const p = paint(id);
      return `${p.color}/${p.label}/${p.active ? 1 : 0}`;
    },
    [paint],
  );

  const activate = useCallback(
    (id: string, focus = true) => {
      setActive(id);
      setSidebarOpen(true);
      if (focus) requestAnimationFrame(() => focusHighlight(id));
    },
    [setActive, setSidebarOpen],
  );

  const highlight = useCallback(
    async (tagId?: string) => {
      const current = useAppStore.getState().selection;
      if (!current || current.articleId !== entry.id) return;
      const created = await createHighlight({
        articleId: entry.id,
        text,
        textHash: entry.sha256,
        start: current.start,
        end: current.end,
        ...(tagId ? { tagIds: [tagId] } : {}),
      });
      if (!created) return;
      document.getSelection()?.removeAllRanges();
      useAppStore.getState().setSelection(null);
      useAppStore.getState().setFocusTagsOnOpen(!tagId);
      setActive(created.id);
      setSidebarOpen(true);
    },
    [entry.id, entry.sha256, text, setActive, setSidebarOpen],
  );

  const placed = useMemo(() => anchored.filter((a) => a.status !== 'orphan'), [anchored]);
  const step = useCallback(
    (direction: 1 | -1) => {
      if (placed.length === 0) return;
      const index = placed.findIndex((a) => a.annotation.id === activeId);
      const next =
        index < 0
          ? direction === 1
            ? 0
            : placed.length - 1
          : (index + direction + placed.length) % placed.length;
      activate((placed[next] as AnchoredAnnotation).annotation.id);
    },
    [placed, activeId, activate],
  );

  const toggleTag = useCallback(
    (tag: Tag) => {
      const item = activeId ? byAnnotation.get(activeId) : undefined;
      if (!item) return;
      const { annotation } = item;
      const tagIds = annotation.tagIds.includes(tag.id)
        ? annotation.tagIds.filter((id) => id !== tag.id)
        : [...annotation.tagIds, tag.id];
      void updateAnnotation(annotation.id, { tagIds }, 'Change tags');
    },
    [activeId, byAnnotation],
  );

  useReaderShortcuts({ tags, highlight: (tagId) => void highlight(tagId), toggleTag, step });

  // Deep link: /articles/:id#annotation=<id> opens with that highlight in view and focused.
  // Once per visit: later saves must not pull the editor or the focus back to it.
  const linked = annotationIdFromHash(hash);
  const openedLink = useRef<string | null>(null);
  useEffect(() => {
    const visit = `${locationKey}#${linked}`;
    if (loading || !linked || openedLink.current === visit || !byAnnotation.has(linked)) return;
    openedLink.current = visit;
    setActive(linked);
    requestAnimationFrame(() => focusHighlight(linked, 'auto'));
  }, [loading, linked, locationKey, byAnnotation, setActive]);

  const missingLink = !loading && linked !== null && !byAnnotation.has(linked);
  const dismissMissing = () => history.replaceState(null, '', location.pathname + location.search);
  const [dismissed, setDismissed] = useState<string | null>(null);

  // Leaving the article closes its editor.
  useEffect(() => () => setActive(null), [entry.id, setActive]);

  const active = activeId ? byAnnotation.get(activeId) : undefined;
  const editor = active ? (
    <AnnotationEditor
      key={active.annotation.id}
      annotation={active.annotation}
      status={active.status}
      quote={active.annotation.ranges.map((r) => r.exact).join(' … ')}
      color={colorOf(active)}
      tags={tags}
      byId={byId}
      onClose={() => {
        setActive(null);
        focusHighlight(active.annotation.id, 'auto');
      }}
    />
  ) : null;

  return (
    <div className={styles.layout}>
      <div>
        {query ? (
          <div className={styles.searchBar} role="status">
            <span>
              {hitCount === 0
                ? `No match for “${query}” in this article.`
                : `Match ${Math.min(hit, hitCount - 1) + 1} of ${hitCount} for “${query}”`}
            </span>
            {hitCount > 1 ? (
              <>
                <button type="button" className="button" onClick={() => goToHit(hit - 1)}>
                  Previous match
                </button>
                <button type="button" className="button" onClick={() => goToHit(hit + 1)}>
                  Next match
                </button>
              </>
            ) : null}
            <Link className="button" to={`/search?q=${encodeURIComponent(query)}`}>
              All results
            </Link>
            <button
              type="button"
              className="button"
              onClick={() => setSearchParams({}, { replace: true })}
            >
              Clear search
            </button>
          </div>
        ) : null}
        {missingLink && dismissed !== linked ? (
          <MissingLinkNotice
            onDismiss={() => {
              setDismissed(linked);
              dismissMissing();
            }}
          />
        ) : null}
        <ArticleView
          entry={entry}
          parsed={parsed}
          showPageExtras={showPageExtras}
          onTogglePageExtras={() => setShowPageExtras(!showPageExtras)}
          spans={spans}
          paint={paint}
          paintSignature={paintSignature}
          bodyRef={bodyRef}
          onHighlightClick={(ids, event) => {
            if (ids.length === 1) activate(ids[0] as string, false);
            else setChoice({ ids, x: event.pageX, y: event.pageY });
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
        hasSelection={selection !== null}
        onActivate={(id) => activate(id)}
        onClose={() => setSidebarOpen(false)}
        onConfirm={(item) => void confirmAnchor(item.annotation, item.ranges, entry.sha256)}
        onReattach={(item) => {
          if (selection)
            void reattachAnnotation(
              item.annotation,
              text,
              entry.sha256,
              selection.start,
              selection.end,
            );
        }}
        onDelete={(id) => void deleteAnnotation(id)}
      />
      <button
        type="button"
        className={`button button-primary ${styles.drawerToggle}`}
        aria-expanded={sidebarOpen}
        aria-controls="annotations-sidebar"
        onClick={() => setSidebarOpen(!sidebarOpen)}
      >
        Annotations ({anchored.length})
      </button>
      {selection && selectionRect && !choice
        ? createPortal(
            <SelectionToolbar
              anchor={selectionRect}
              tags={tags}
              onHighlight={(tagId) => void highlight(tagId)}
            />,
            document.body,
          )
        : null}
      {choice
        ? createPortal(
            <HighlightChooser
              at={choice}
              options={choice.ids.map((id) => {
                const item = byAnnotation.get(id);
                const tagNames = item ? tagsOf(item).map((t) => t.name) : [];
                const quote = item?.annotation.ranges[0]?.exact ?? '';
                return {
                  id,
                  color: item ? colorOf(item) : DEFAULT_COLOR,
                  label: `${tagNames.length ? tagNames.join(', ') : 'Untagged'}: “${quote.length > 40 ? `${quote.slice(0, 39)}…` : quote}”`,
                };
              })}
              onChoose={(id) => activate(id)}
              onCancel={() => setChoice(null)}
            />,
            document.body,
          )
        : null}
      {shortcutsOpen ? <ShortcutsDialog onClose={() => setShortcutsOpen(false)} /> : null}
    </div>
  );
}
