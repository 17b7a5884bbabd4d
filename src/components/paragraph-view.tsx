import { Fragment, memo, type CSSProperties, type ReactNode } from 'react';
import type { Paragraph } from '../domain/corpus/types';
import type { PaintedSpan } from '../domain/highlights/paint';
import { segmentParagraph } from '../domain/highlights/segments';
import type { SourceStyle, StyledPiece } from '../domain/markdown/source-styles';
import { markAttributes, paragraphAttributes } from '../reader-dom';
import styles from './paragraph-view.module.css';
import { ParagraphProbe } from './render-probe';

interface Props {
  paragraph: Paragraph;
  /** This paragraph's highlights with their paint; the same array while nothing in it changes. */
  spans: readonly PaintedSpan[] | undefined;
  as?: 'p' | 'h1' | 'h2' | 'h3';
  id?: string | undefined;
  className?: string | undefined;
  /** A Markdown line's styled pieces (relative to the line), the same array while it is shown. */
  pieces?: readonly StyledPiece[] | undefined;
}

const PIECE_CLASS: Record<SourceStyle, string | undefined> = {
  syntax: styles.syntax,
  strong: styles.strong,
  em: styles.em,
  code: styles.code,
  link: styles.link,
  url: styles.url,
};

/**
 * The text of line[from, to) as styled pieces, each a span whose text is its exact slice, so the
 * paragraph's text content stays the canonical text. `cursor` walks the pieces once per render.
 */
function styledText(
  text: string,
  from: number,
  to: number,
  pieces: readonly StyledPiece[],
  cursor: { index: number },
): ReactNode[] {
  const out: ReactNode[] = [];
  while (cursor.index < pieces.length && (pieces[cursor.index] as StyledPiece).end <= from)
    cursor.index += 1;
  for (let i = cursor.index; i < pieces.length; i += 1) {
    const piece = pieces[i] as StyledPiece;
    if (piece.start >= to) break;
    const slice = text.slice(Math.max(piece.start, from), Math.min(piece.end, to));
    out.push(
      piece.styles.length === 0 ? (
        slice
      ) : (
        <span
          key={Math.max(piece.start, from)}
          className={piece.styles.map((s) => PIECE_CLASS[s]).join(' ')}
          // The marks stay on screen (offsets point into them) but are not read out.
          aria-hidden={piece.styles.includes('syntax') || undefined}
        >
          {slice}
        </span>
      ),
    );
  }
  return out;
}

/**
 * Where highlights overlap, the innermost mark shows every layer's colour as a band of its own
 * and names every layer, so the one on top never hides the others.
 */
function layered(spans: readonly (PaintedSpan | undefined)[]): {
  style: CSSProperties;
  title: string;
} {
  const colors = spans.map((span) => span?.color ?? 'transparent');
  const step = 100 / colors.length;
  const bands = colors.map(
    (c, i) => `${c} ${(i * step).toFixed(2)}% ${((i + 1) * step).toFixed(2)}%`,
  );
  return {
    style: { '--mark-layers': `linear-gradient(to bottom, ${bands.join(', ')})` } as CSSProperties,
    title: spans.map((span) => span?.label ?? 'Highlight').join('; '),
  };
}

function Marks({
  ids,
  paint,
  children,
}: {
  ids: readonly string[];
  paint: ReadonlyMap<string, PaintedSpan>;
  children: ReactNode;
}) {
  const layers = ids.length > 1 ? layered(ids.map((id) => paint.get(id))) : null;
  return ids.reduceRight<ReactNode>((inner, id, index) => {
    const span = paint.get(id);
    const innermost = layers !== null && index === ids.length - 1;
    return (
      <mark
        {...markAttributes(id)}
        data-active={span?.active || undefined}
        data-layers={innermost ? ids.length : undefined}
        title={innermost ? layers.title : (span?.label ?? 'Highlight')}
        style={
          {
            '--mark-color': span?.color,
            ...(innermost ? layers.style : {}),
          } as CSSProperties
        }
      >
        {inner}
      </mark>
    );
  }, children);
}

/**
 * One line of the canonical text. Its text content is exactly `canonical.slice(start, end)` and it
 * carries the reader's offset attribute (src/reader-dom), so a DOM selection maps back to offsets
 * without searching the quote. Highlights are nested `mark` elements, one id each, cut at every
 * boundary and never merged. Memoised on its props alone: the reader hands it the same span array
 * until one of its highlights changes (docs/architecture.md "Rendering").
 */
export const ParagraphView = memo(function ParagraphView({
  paragraph,
  spans = [],
  as: Tag = 'p',
  id,
  className,
  pieces,
}: Props) {
  const { text, start } = paragraph;
  const segments = segmentParagraph(paragraph.start, paragraph.end, spans);
  const paint = new Map(spans.map((span) => [span.id, span]));
  const cursor = { index: 0 };
  const content = (from: number, to: number): ReactNode =>
    pieces ? styledText(text, from, to, pieces, cursor) : text.slice(from, to);
  return (
    <ParagraphProbe start={start}>
      <Tag
        id={id}
        className={`${styles.paragraph} ${Tag !== 'h1' ? (styles[paragraph.kind] ?? '') : ''} ${className ?? ''}`}
        {...paragraphAttributes(start)}
        data-kind={paragraph.kind}
      >
        {segments.map((segment) => {
          const slice = content(segment.start - start, segment.end - start);
          return segment.ids.length === 0 ? (
            <Fragment key={segment.start}>{slice}</Fragment>
          ) : (
            <Marks key={segment.start} ids={segment.ids} paint={paint}>
              {slice}
            </Marks>
          );
        })}
      </Tag>
    </ParagraphProbe>
  );
});
