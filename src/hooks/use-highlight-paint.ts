import { useCallback, useMemo } from 'react';
import { highlightColor } from '../domain/codebook/colors';
import { tagsOf } from '../domain/codebook/lookup';
import { highlightLabel, type PaintedSpan } from '../domain/highlights/paint';
import type { Tag } from '../domain/model';
import type { AnchoredAnnotation } from './use-reader-annotations';

/**
 * How the open article's highlights are painted: one span per placed range with its colour,
 * label and whether it is the open one; plus the colour and tags of any one annotation.
 */
export function useHighlightPaint(
  anchored: readonly AnchoredAnnotation[],
  byId: ReadonlyMap<string, Tag>,
  activeId: string | null,
) {
  const tagsFor = useCallback(
    (item: AnchoredAnnotation) => tagsOf(item.annotation.tagIds, byId),
    [byId],
  );
  const colorOf = useCallback(
    (item: AnchoredAnnotation) => highlightColor(item.annotation, tagsFor(item)),
    [tagsFor],
  );
  const spans = useMemo<PaintedSpan[]>(
    () =>
      anchored.flatMap((item) => {
        if (item.status === 'orphan') return [];
        const tags = tagsFor(item);
        const color = highlightColor(item.annotation, tags);
        const label = highlightLabel(tags);
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
    [anchored, tagsFor, activeId],
  );
  return { spans, colorOf, tagsOf: tagsFor };
}
