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
  const paintItem = useCallback(
    (item: AnchoredAnnotation, active: boolean): PaintedSpan[] => {
      const tags = tagsFor(item);
      const color = colorOf(item);
      const label = coderPaint
        ? `${coderPaint.nameOf(item.annotation.coderId)} · ${highlightLabel(tags)}`
        : highlightLabel(tags);
      return item.ranges.map((r) => ({
        id: item.annotation.id,
        start: r.start,
        end: r.end,
        color,
        label,
        active,
      }));
    },
    [tagsFor, colorOf, coderPaint],
  );
  // Each item's spans, kept while the item (its identity), the paint (tags, coder colours) and
  // whether it is the open one stay the same: one highlight added to thousands paints the new
  // one alone, and the rest is a copy of references.
  const painted = useMemo(
    () => ({
      paintItem,
      cache: new WeakMap<AnchoredAnnotation, { active: boolean; spans: PaintedSpan[] }>(),
    }),
    [paintItem],
  );
  const spans = useMemo<PaintedSpan[]>(() => {
    const all: PaintedSpan[] = [];
    for (const item of anchored) {
      if (item.status === 'orphan') continue;
      const active = item.annotation.id === activeId;
      let own = painted.cache.get(item);
      if (own?.active !== active) {
        own = { active, spans: painted.paintItem(item, active) };
        painted.cache.set(item, own);
      }
      for (const span of own.spans) all.push(span);
    }
    return all;
  }, [anchored, painted, activeId]);
  return { spans, colorOf, tagsOf: tagsFor };
}
