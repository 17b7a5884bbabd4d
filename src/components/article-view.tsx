import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import { direction } from '../domain/corpus/language';
import { isPageExtra } from '../domain/corpus/page-extras';
import { plainTitle } from '../domain/corpus/title';
import type { Article, Paragraph, ParsedArticle } from '../domain/corpus/types';
import type { PaintedSpan } from '../domain/highlights/paint';
import { isMarkdownFile, markdownParagraphs } from '../domain/markdown/source-styles';
import { useParagraphSpans } from '../hooks/use-paragraph-spans';
import { useReaderCaret } from '../hooks/use-reader-caret';
import { annotationIdOf, annotationIdsAt } from '../reader-dom';
import styles from './article-view.module.css';
import { UNKNOWN_OUTLET, formatCount, formatDate, languageName } from './format';
import { ArticleChunk, CHUNK_PARAGRAPHS, paragraphElement } from './article-chunk';

interface Props {
  entry: Article;
  parsed: ParsedArticle;
  showPageExtras: boolean;
  onTogglePageExtras: () => void;
  /** Every highlight span with its paint, in any order. */
  spans?: readonly PaintedSpan[];
  /** Tab on a focused highlight: return true when focus was moved (into its editor). */
  onTabFromHighlight?: (id: string) => boolean;
  /** Called with the ids under a click on highlighted text (outermost first). */
  onHighlightClick?: (ids: string[], event: MouseEvent) => void;
  bodyRef?: RefObject<HTMLDivElement | null>;
}

const noSpans: PaintedSpan[] = [];
/** Chunks of the first screen: more than a tall screen holds; the seeds fit in them entirely. */
const FIRST_SCREEN_CHUNKS = 4;
/** Chunks added by the first step after the first screen. */
const CHUNKS_PER_STEP = 3;
/** What one step may take (render and commit), well under a long task's 50 ms. */
const STEP_BUDGET_MS = 20;
const MAX_CHUNKS_PER_STEP = 24;

/**
 * The article as it is read. When the first line of the text is the headline, the `h1` is that
 * paragraph itself (with its offset), so the headline can be annotated like any other line.
 */
export function ArticleView(props: Props) {
  const { entry, parsed, showPageExtras, onTogglePageExtras, onHighlightClick, bodyRef } = props;
  // A Markdown document keeps its syntax on screen (offsets point into it), styled and dimmed.
  const markdown = useMemo(
    () => (isMarkdownFile(entry.file) ? markdownParagraphs(parsed.paragraphs) : null),
    [entry.file, parsed.paragraphs],
  );
  const first = parsed.paragraphs[0];
  // A Markdown title line ("# Talks in **Geneva**") is the title its marks make ("Talks in Geneva").
  const titleIsFirstLine =
    first !== undefined &&
    (first.text.trim() === parsed.title ||
      (markdown?.get(first.start)?.heading === 1 && plainTitle(first.text, true) === parsed.title));
  const body = useMemo(
    () => (titleIsFirstLine ? parsed.paragraphs.slice(1) : parsed.paragraphs),
    [titleIsFirstLine, parsed.paragraphs],
  );
  const hasByline = entry.byline !== null;
  const folded = useCallback((p: Paragraph) => isPageExtra(p, hasByline), [hasByline]);
  const isShown = useCallback(
    (p: Paragraph) => showPageExtras || !folded(p),
    [showPageExtras, folded],
  );
  const extras = useMemo(() => body.filter(folded).length, [body, folded]);
  // Chunks are cut from the whole body, so folding page extras never moves a paragraph to
  // another chunk (which would re-create its element).
  const chunks = useMemo(() => {
    const out: Paragraph[][] = [];
    for (let i = 0; i < body.length; i += CHUNK_PARAGRAPHS)
      out.push(body.slice(i, i + CHUNK_PARAGRAPHS));
    return out;
  }, [body]);
  // A long document paints its first screen at once and the rest a few chunks per task, so no
  // task (render and commit) holds the main thread for long. The step grows while steps take
  // less than STEP_BUDGET_MS and shrinks when one takes more, whatever the machine.
  const [rendered, setRendered] = useState(FIRST_SCREEN_CHUNKS);
  const step = useRef({ chunks: CHUNKS_PER_STEP, started: 0 });
  useLayoutEffect(() => {
    const s = step.current;
    if (s.started === 0) return;
    const took = Math.max(1, performance.now() - s.started);
    s.chunks = Math.min(
      MAX_CHUNKS_PER_STEP,
      Math.max(1, Math.floor((s.chunks * STEP_BUDGET_MS) / took)),
    );
    s.started = 0;
  }, [rendered]);
  useEffect(() => {
    if (rendered >= chunks.length) return;
    const timer = setTimeout(() => {
      step.current.started = performance.now();
      startTransition(() => setRendered((n) => Math.min(chunks.length, n + step.current.chunks)));
    });
    return () => clearTimeout(timer);
  }, [rendered, chunks.length]);
  const byParagraph = useParagraphSpans(parsed.paragraphs, props.spans ?? noSpans);

  const textRef = useRef<HTMLDivElement>(null);
  const caretRef = useRef<HTMLSpanElement>(null);
  const liveRef = useRef<HTMLParagraphElement>(null);
  const caretKey = useReaderCaret(textRef, caretRef, liveRef);

  const onTextKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (caretKey(event.nativeEvent)) {
      event.preventDefault();
      return;
    }
    // From a focused highlight, Tab goes to its editor before anything after the text.
    const target = event.target instanceof Element ? event.target : null;
    const id = target?.tagName === 'MARK' ? annotationIdOf(target) : null;
    if (event.key === 'Tab' && !event.shiftKey && id && props.onTabFromHighlight?.(id))
      event.preventDefault();
  };

  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!onHighlightClick || !(event.target instanceof Element)) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const ids = annotationIdsAt(event.target);
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
            paragraphElement(first, markdown, byParagraph, {
              as: 'h1',
              id: 'article-title',
              className: styles.title,
            })
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
        {/* The text is focusable: a keyboard user moves a caret in it and selects from it. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <div
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          role="region"
          aria-label="Article text"
          className={styles.text}
          onKeyDown={onTextKeyDown}
          ref={textRef}
        >
          {chunks.slice(0, rendered).map((paragraphs) => (
            <ArticleChunk
              key={(paragraphs[0] as Paragraph).start}
              paragraphs={paragraphs}
              isShown={isShown}
              markdown={markdown}
              byParagraph={byParagraph}
            />
          ))}
          <span
            ref={caretRef}
            className={styles.caret}
            aria-hidden="true"
            hidden
            data-reader-caret
          />
        </div>
        <p ref={liveRef} className="visually-hidden" role="status" aria-label="Caret" />
      </div>
    </article>
  );
}
