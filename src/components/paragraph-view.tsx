import { memo, Profiler, type CSSProperties, type ReactNode } from 'react';
import type { Paragraph } from '../domain/corpus/types';
import { segmentParagraph, type HighlightSpan } from '../domain/highlights/segments';
import { onParagraphRender } from './paragraph-profiler';
import styles from './paragraph-view.module.css';

/** How one highlight is painted. */
export interface MarkPaint {
  color: string;
  label: string;
  active: boolean;
}

interface Props {
  paragraph: Paragraph;
  spans: readonly HighlightSpan[] | undefined;
  paint: (id: string) => MarkPaint;
  /** Changes exactly when this paragraph's painting changes; the memo compares only this. */
  paintKey: string;
  as?: 'p' | 'h1' | 'h2';
  id?: string | undefined;
  className?: string | undefined;
}

function Marks({
  ids,
  paint,
  children,
}: {
  ids: readonly string[];
  paint: Props['paint'];
  children: ReactNode;
}) {
  return ids.reduceRight<ReactNode>((inner, id) => {
    const { color, label, active } = paint(id);
    return (
      <mark
        data-annotation-id={id}
        data-active={active || undefined}
        title={label}
        style={{ '--mark-color': color } as CSSProperties}
      >
        {inner}
      </mark>
    );
  }, children);
}

/**
 * One line of the canonical text. Its text content is exactly `canonical.slice(start, end)` and it
 * carries `data-offset`, so a DOM selection maps back to offsets without searching the quote.
 * Highlights are nested `mark` elements, one id each, cut at every boundary and never merged.
 */
export const ParagraphView = memo(
  function ParagraphView({ paragraph, spans, paint, as: Tag = 'p', id, className }: Props) {
    const segments = segmentParagraph(paragraph.start, paragraph.end, spans ?? []);
    const { text, start } = paragraph;
    return (
      <Profiler id={`paragraph-${start}`} onRender={onParagraphRender}>
        <Tag
          id={id}
          className={`${styles.paragraph} ${Tag !== 'h1' ? (styles[paragraph.kind] ?? '') : ''} ${className ?? ''}`}
          data-offset={start}
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
      </Profiler>
    );
  },
  (before, after) => before.paragraph === after.paragraph && before.paintKey === after.paintKey,
);
