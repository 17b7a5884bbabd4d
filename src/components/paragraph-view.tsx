import { memo, type CSSProperties, type ReactNode } from 'react';
import type { Paragraph } from '../domain/corpus/types';
import type { PaintedSpan } from '../domain/highlights/paint';
import { segmentParagraph } from '../domain/highlights/segments';
import { markAttributes, paragraphAttributes } from '../reader-dom';
import styles from './paragraph-view.module.css';
import { ParagraphProbe } from './render-probe';

interface Props {
  paragraph: Paragraph;
  /** This paragraph's highlights with their paint; the same array while nothing in it changes. */
  spans: readonly PaintedSpan[] | undefined;
  as?: 'p' | 'h1' | 'h2';
  id?: string | undefined;
  className?: string | undefined;
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
}: Props) {
  const { text, start } = paragraph;
  const segments = segmentParagraph(paragraph.start, paragraph.end, spans);
  const paint = new Map(spans.map((span) => [span.id, span]));
  return (
    <ParagraphProbe start={start}>
      <Tag
        id={id}
        className={`${styles.paragraph} ${Tag !== 'h1' ? (styles[paragraph.kind] ?? '') : ''} ${className ?? ''}`}
        {...paragraphAttributes(start)}
        data-kind={paragraph.kind}
      >
        {segments.map((segment) => {
          const slice = text.slice(segment.start - start, segment.end - start);
          return segment.ids.length === 0 ? (
            slice
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
