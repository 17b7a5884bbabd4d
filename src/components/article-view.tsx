import {
  startTransition,
  useEffect,
  useMemo,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import { direction } from '../domain/corpus';
import type { ManifestEntry, Paragraph, ParsedArticle } from '../domain/corpus/types';
import { isPageExtra } from '../domain/corpus/page-extras';
import { spansByParagraph, spansKey, type HighlightSpan } from '../domain/highlights/segments';
import styles from './article-view.module.css';
import { UNKNOWN_OUTLET, formatCount, formatDate, languageName } from './format';
import { ParagraphView, type MarkPaint } from './paragraph-view';

interface Props {
  entry: ManifestEntry;
  parsed: ParsedArticle;
  showPageExtras: boolean;
  onTogglePageExtras: () => void;
  spans?: readonly HighlightSpan[];
  paint?: (id: string) => MarkPaint;
  /** A string per highlight that changes when its paint changes (colour, label, active). */
  paintSignature?: (id: string) => string;
  /** Called with the ids under a click on highlighted text (outermost first). */
  onHighlightClick?: (ids: string[], event: MouseEvent) => void;
  bodyRef?: RefObject<HTMLDivElement | null>;
}

const noSpans: HighlightSpan[] = [];
/** More than a tall screen holds; the seeds fit in it entirely. */
const FIRST_SCREEN_PARAGRAPHS = 80;
const plainPaint = (): MarkPaint => ({ color: '#fde68a', label: 'Highlight', active: false });

/** Extends the selection from the keyboard inside the (non-editable) article body. */
function extendSelection(event: KeyboardEvent<HTMLDivElement>) {
  const keys: Record<string, ['forward' | 'backward', 'character' | 'word' | 'line']> = {
    ArrowRight: ['forward', event.ctrlKey || event.altKey ? 'word' : 'character'],
    ArrowLeft: ['backward', event.ctrlKey || event.altKey ? 'word' : 'character'],
    ArrowDown: ['forward', 'line'],
    ArrowUp: ['backward', 'line'],
  };
  const move = keys[event.key];
  const selection = window.getSelection();
  if (!event.shiftKey || !move || !selection || typeof selection.modify !== 'function') return;
  event.preventDefault();
  const body = event.currentTarget;
  if (selection.rangeCount === 0 || !body.contains(selection.anchorNode)) {
    const first = body.querySelector('[data-offset]');
    if (!first) return;
    selection.collapse(first, 0);
  }
  selection.modify('extend', move[0], move[1]);
}

/**
 * The article as it is read. When the first line of the text is the headline, the `h1` is that
 * paragraph itself (with its `data-offset`), so the headline can be annotated like any other line.
 */
export function ArticleView(props: Props) {
  const { entry, parsed, showPageExtras, onTogglePageExtras, onHighlightClick, bodyRef } = props;
  const spans = props.spans ?? noSpans;
  const paint = props.paint ?? plainPaint;
  const signature = props.paintSignature;
  const [first, ...rest] = parsed.paragraphs;
  const titleIsFirstLine = first !== undefined && first.text.trim() === parsed.title;
  const body = titleIsFirstLine ? rest : parsed.paragraphs;
  const folded = (p: Paragraph) => isPageExtra(p, entry.byline !== null);
  const extras = body.filter(folded).length;
  const shown = showPageExtras ? body : body.filter((p) => !folded(p));
  // A long document paints its first screen at once and the rest in a transition, which React
  // renders in slices that never hold the main thread for long.
  const [rendered, setRendered] = useState(FIRST_SCREEN_PARAGRAPHS);
  useEffect(() => {
    if (rendered < shown.length) startTransition(() => setRendered(shown.length));
  }, [rendered, shown.length]);
  const byParagraph = useMemo(
    () => spansByParagraph(parsed.paragraphs, spans),
    [parsed.paragraphs, spans],
  );

  const view = (
    paragraph: Paragraph,
    extra: { as?: 'h1'; id?: string; className?: string | undefined } = {},
  ) => {
    const own = byParagraph.get(paragraph.start);
    return (
      <ParagraphView
        key={paragraph.start}
        paragraph={paragraph}
        spans={own}
        paint={paint}
        paintKey={spansKey(own, signature)}
        {...(paragraph.kind === 'subhead' ? { as: 'h2' as const } : {})}
        {...extra}
      />
    );
  };

  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!onHighlightClick) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const ids: string[] = [];
    for (
      let node = (event.target as HTMLElement).closest('mark');
      node;
      node = node.parentElement?.closest('mark') ?? null
    ) {
      if (node.dataset.annotationId) ids.unshift(node.dataset.annotationId);
    }
    if (ids.length > 0) onHighlightClick(ids, event);
  };

  return (
    <article
      className={styles.article}
      lang={entry.language}
      dir={direction(entry.language)}
      aria-labelledby="article-title"
    >
      {/* Clicks on highlights are a pointer shortcut; the sidebar and j/k give the same from the keyboard. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div ref={bodyRef} className={styles.body} data-article-body onClick={handleClick}>
        <header>
          {titleIsFirstLine ? (
            view(first, { as: 'h1', id: 'article-title', className: styles.title })
          ) : (
            <h1 id="article-title" className={styles.title}>
              {parsed.title}
            </h1>
          )}
          <p className={styles.metaLine} lang="en" dir="ltr">
            <span>{entry.source ?? UNKNOWN_OUTLET}</span>
            <span>{languageName(entry.language)}</span>
            <span>{entry.date ? formatDate(entry.date) : 'Undated'}</span>
            {entry.byline ? <span>By {entry.byline}</span> : null}
            <span>{formatCount(entry.wordCount, 'word')}</span>
          </p>
          {extras > 0 ? (
            <p className={styles.extras} lang="en" dir="ltr">
              <button
                type="button"
                className="button"
                aria-expanded={showPageExtras}
                onClick={onTogglePageExtras}
              >
                {showPageExtras ? 'Hide' : 'Show'} page extras ({formatCount(extras, 'line')})
              </button>
            </p>
          ) : null}
        </header>
        {/* The text is focusable so a keyboard user can select with Shift+arrows. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <div
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          role="region"
          aria-label="Article text"
          className={styles.text}
          onKeyDown={extendSelection}
        >
          {shown.slice(0, rendered).map((paragraph) => view(paragraph))}
        </div>
      </div>
    </article>
  );
}
