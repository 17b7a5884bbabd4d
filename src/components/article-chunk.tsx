import { memo, type CSSProperties } from 'react';
import type { Paragraph } from '../domain/corpus/types';
import type { PaintedSpan } from '../domain/highlights/paint';
import type { MarkdownParagraph } from '../domain/markdown/source-styles';
import styles from './article-view.module.css';
import { ParagraphView } from './paragraph-view';

/**
 * Paragraphs per content-visibility box. One box per paragraph made the browser check thousands
 * of boxes for visibility on every frame of a long document; a few dozen per box keeps that check
 * cheap and still skips the layout and paint of everything far from the screen.
 */
export const CHUNK_PARAGRAPHS = 24;

/** About how many characters fit on a line of the reading measure, for the size estimate. */
const CHARS_PER_LINE = 70;

/** The chunk's height before it is laid out, in lines: its text's lines and the paragraph gaps. */
function estimatedLines(paragraphs: readonly Paragraph[]): number {
  let lines = 0;
  for (const p of paragraphs) lines += Math.max(1, Math.ceil(p.text.length / CHARS_PER_LINE)) + 0.6;
  return Math.ceil(lines);
}

interface ParagraphExtra {
  as?: 'h1';
  id?: string;
  className?: string | undefined;
}

/** One paragraph of the reader, Markdown-styled when the document is Markdown. */
export function paragraphElement(
  paragraph: Paragraph,
  markdown: ReadonlyMap<number, MarkdownParagraph> | null,
  byParagraph: ReadonlyMap<number, PaintedSpan[]>,
  extra: ParagraphExtra = {},
) {
  const line = markdown?.get(paragraph.start);
  const shown = line?.paragraph ?? paragraph;
  const level = line && line.heading > 2 ? ('h3' as const) : ('h2' as const);
  return (
    <ParagraphView
      key={paragraph.start}
      paragraph={shown}
      spans={byParagraph.get(paragraph.start)}
      pieces={line?.pieces}
      {...(shown.kind === 'subhead' ? { as: level } : {})}
      {...(line?.quote ? { className: styles.quote } : {})}
      {...extra}
    />
  );
}

interface Props {
  /** The chunk's paragraphs, the same array while the text is the same. */
  paragraphs: readonly Paragraph[];
  /** Whether a paragraph is shown (page extras may be folded). */
  isShown: (paragraph: Paragraph) => boolean;
  markdown: ReadonlyMap<number, MarkdownParagraph> | null;
  byParagraph: ReadonlyMap<number, PaintedSpan[]>;
}

/**
 * Equal when nothing the chunk shows changed: the paint map is new whenever any highlight
 * changes, but a chunk only cares whether its own paragraphs got other span arrays.
 */
function sameChunk(a: Props, b: Props): boolean {
  if (a.paragraphs !== b.paragraphs || a.isShown !== b.isShown || a.markdown !== b.markdown)
    return false;
  if (a.byParagraph === b.byParagraph) return true;
  return a.paragraphs.every((p) => a.byParagraph.get(p.start) === b.byParagraph.get(p.start));
}

/**
 * A run of paragraphs in one content-visibility box (no text of its own, so offsets and the DOM
 * contract are untouched). Memoised: adding a highlight re-renders only the chunk it is in, and
 * its paragraphs are memoised on their own spans in turn.
 */
export const ArticleChunk = memo(function ArticleChunk({
  paragraphs,
  isShown,
  markdown,
  byParagraph,
}: Props) {
  const shown = paragraphs.filter(isShown);
  if (shown.length === 0) return null;
  return (
    <div
      className={styles.chunk}
      style={{ '--chunk-lines': estimatedLines(shown) } as CSSProperties}
      data-reader-chunk
    >
      {shown.map((p) => paragraphElement(p, markdown, byParagraph))}
    </div>
  );
}, sameChunk);
