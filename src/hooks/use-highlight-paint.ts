import { useCallback, useMemo } from 'react';
import { highlightColor } from '../domain/codebook/colors';
import { tagsOf } from '../domain/codebook/lookup';
import { highlightLabel, type PaintedSpan } from '../domain/highlights/paint';
import type { Tag } from '../domain/model';
import type { CoderPaint } from './use-coder-paint';
import type { AnchoredAnnotation } from './use-reader-annotations';

/**
 * How the open article's highlights are painted: one span per placed range with its colour,
 * label and whether it is the open one; plus the colour and tags of any one annotation. With a
 * coder paint (the reader colours by coder) each highlight takes its coder's colour and its label
 * names the coder, so colour is never the only cue.
 */
export function useHighlightPaint(
  anchored: readonly AnchoredAnnotation[],
  byId: ReadonlyMap<string, Tag>,
  activeId: string | null,
  coderPaint: CoderPaint | null = null,
) {
  const tagsFor = useCallback(
    (item: AnchoredAnnotation) => tagsOf(item.annotation.tagIds, byId),
    [byId],
  );
  const colorOf = useCallback(
    (item: AnchoredAnnotation) =>
      coderPaint
        ? coderPaint.colorOf(item.annotation.coderId)
        : highlightColor(item.annotation, tagsFor(item)),
    [tagsFor, coderPaint],
  );
  const spans = useMemo<PaintedSpan[]>(
    () =>
      anchored.flatMap((item) => {
        if (item.status === 'orphan') return [];
        const tags = tagsFor(item);
        const color = colorOf(item);
        const label = coderPaint
          ? `${coderPaint.nameOf(item.annotation.coderId)} · ${highlightLabel(tags)}`
          : highlightLabel(tags);
        const active = item.annotation.id === activeId;
        return item.ranges.map((r) => ({
          id: item.annotation.id,
          start: r.start,
          end: r.end,
          color,
          label,
          active,
        }));
      }),
    [anchored, tagsFor, colorOf, coderPaint, activeId],
  );
  return { spans, colorOf, tagsOf: tagsFor };
}
