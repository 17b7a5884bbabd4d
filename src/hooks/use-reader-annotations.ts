import { useEffect, useMemo } from 'react';
import { annotationsRepo, type RangeUpdate } from '../db';
import { anchorAnnotation } from '../domain/anchoring';
import type { HighlightSpan } from '../domain/highlights/segments';
import type { AnchorStatus, Annotation, TextRange } from '../domain/model';
import { visibleAnnotations } from '../domain/coders/layer-filter';
import { useLayerView } from '../store/layer-view';
import { useArticleAnnotations } from './use-annotations';

/** An annotation as found in the article's current text. */
export interface AnchoredAnnotation {
  annotation: Annotation;
  /** exact / moved / fuzzy (awaiting confirmation) / orphan (not found). */
  status: AnchorStatus;
  /** Where it is now; empty for an orphan. For a fuzzy match, the proposed place. */
  ranges: TextRange[];
}

function anchorAll(
  text: string,
  textHash: string,
  stored: readonly Annotation[],
): AnchoredAnnotation[] {
  return stored.map((annotation) => {
    const result = anchorAnnotation(text, textHash, annotation);
    const ranges = result.ranges.filter((r): r is TextRange => r !== null);
    if (result.status === 'orphan') return { annotation, status: 'orphan', ranges: [] };
    // A highlight re-saved after it moved keeps saying so until the user edits it.
    const status =
      result.status === 'exact' && annotation.status === 'moved' ? 'moved' : result.status;
    return { annotation, status, ranges };
  });
}

/** Re-anchoring results worth writing: moved ranges (with the new hash) and new orphans. */
function pendingUpdates(anchored: readonly AnchoredAnnotation[], textHash: string): RangeUpdate[] {
  const updates: RangeUpdate[] = [];
  for (const { annotation, status, ranges } of anchored) {
    if (status === 'moved' && annotation.textHash !== textHash) {
      updates.push({ id: annotation.id, ranges, status: 'moved', textHash });
    } else if (status === 'orphan' && annotation.status !== 'orphan') {
      updates.push({
        id: annotation.id,
        ranges: annotation.ranges,
        status: 'orphan',
        textHash: annotation.textHash,
      });
    }
  }
  return updates;
}

/**
 * The article's annotations anchored in its current text (HOUSE.md §3). Moved highlights are
 * re-saved at their new offsets; fuzzy ones wait for the user to confirm; orphans are kept.
 */
export function useReaderAnnotations(articleId: string, text: string, textHash: string) {
  const all = useArticleAnnotations(articleId);
  // Only the layers the reader's layer chooser shows (by default the local coder's own).
  const view = useLayerView((s) => s.view);
  const stored = useMemo(() => (all ? visibleAnnotations(all, view) : undefined), [all, view]);
  const anchored = useMemo(
    () => (stored ? anchorAll(text, textHash, stored) : []),
    [stored, text, textHash],
  );

  useEffect(() => {
    const updates = pendingUpdates(anchored, textHash);
    if (updates.length > 0) void annotationsRepo.bulkUpdateRanges(updates).catch(() => undefined);
  }, [anchored, textHash]);

  const spans = useMemo<HighlightSpan[]>(
    () =>
      anchored.flatMap(({ annotation, status, ranges }) =>
        status === 'orphan'
          ? []
          : ranges.map((r) => ({ id: annotation.id, start: r.start, end: r.end })),
      ),
    [anchored],
  );
  return { loading: stored === undefined, anchored, spans };
}
