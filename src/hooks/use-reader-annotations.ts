import { useEffect, useMemo, useState } from 'react';
import { annotationsRepo, revisionOf, type AnnotationChange } from '../db';
import { runCommand } from '../commands';
import { anchorForReader, reanchorWrites, type AnchoredAnnotation } from '../domain/anchoring';
import { byPosition } from '../domain/annotations/order';
import { sameAnnotation } from '../domain/formats/plan-compare';
import { patchInOrder } from '../domain/annotations/patch-order';
import type { Annotation } from '../domain/model';
import { claimArticleAnnotations } from '../store/article-annotations';
import { LOCAL_CODER_ID } from '../domain/coders/coder';
import { visibleAnnotations } from '../domain/coders/layer-filter';
import { useLayerView } from '../store/layer-view';

export type { AnchoredAnnotation } from '../domain/anchoring';

const annotationOf = (item: AnchoredAnnotation) => item.annotation;

/**
 * The article's annotations anchored in its current text (docs/architecture.md "Anchoring").
 * They are read and anchored once when the article opens; moved highlights and new orphans are
 * then stored from that one result (only where the record is unchanged since it was read; a
 * failure is reported, not swallowed), fuzzy ones wait for the user to confirm. After that every
 * write patches the list from the records it wrote: one annotation added, edited or deleted is
 * anchored alone, nothing is read again, and every other item keeps its identity so its
 * memoised views do not re-render (docs/architecture.md "State").
 */
export function useReaderAnnotations(articleId: string, text: string, textHash: string) {
  const key = `${articleId}\u0000${textHash}`;
  const [state, setState] = useState<{ key: string; anchored: AnchoredAnnotation[] } | null>(null);

  useEffect(() => {
    let live = true;
    let current: AnchoredAnnotation[] = [];
    const feed = claimArticleAnnotations(articleId);
    const anchor = (annotation: Annotation) => anchorForReader(annotation, text, textHash);
    const publish = (next: AnchoredAnnotation[]) => {
      current = next;
      if (live) setState({ key, anchored: next });
    };
    const readAgain = () =>
      void runCommand('Reading the highlights', () =>
        annotationsRepo.listByArticleInSlices(articleId),
      ).then((result) => {
        if (live && result.ok) publish(result.value.map(anchor));
      });
    const apply = (change: AnnotationChange) => {
      if (!live) return;
      if (change.reset) return readAgain();
      // A committed write of what was announced before it changes nothing on screen.
      const puts = change.puts.filter((put) => !alreadyShown(current, put));
      if (puts.length === 0 && change.deletes.length === 0) return;
      publish(
        patchInOrder(current, puts.map(anchor), new Set(change.deletes), annotationOf, byPosition),
      );
    };

    void runCommand('Reading the highlights', () => feed.initial).then(async (result) => {
      if (!live) return;
      // In reading order, the first screen's first: shown as each slice is anchored.
      const anchored = result.ok ? await anchorInSlices(result.value, anchor, publish) : [];
      if (!live) return;
      publish(anchored);
      feed.listen(apply);
      if (!result.ok) return;
      const read = new Map(result.value.map((annotation) => [annotation.id, annotation]));
      const writes = reanchorWrites(anchored, textHash).map((write) => ({
        write,
        revision: revisionOf(read.get(write.id)),
      }));
      if (writes.length > 0)
        void runCommand('Saving the re-anchored highlights', () =>
          annotationsRepo.storeReanchored(writes),
        );
    });
    return () => {
      live = false;
      feed.close();
    };
  }, [articleId, text, textHash, key]);

  const ready = state !== null && state.key === key;
  const anchored = ready ? state.anchored : none;
  // Only the layers the reader's layer chooser shows (by default the local coder's own); the
  // filter keeps each item's identity, so memoised views still re-render only what changed.
  const view = useLayerView((s) => s.view);
  const shown = useMemo(() => {
    if (view.kind === 'all') return anchored;
    // One coder's layer is one pass over the list; only "disagreements" compares coders.
    if (view.kind === 'mine' || view.kind === 'coder') {
      const coderId = view.kind === 'mine' ? LOCAL_CODER_ID : view.coderId;
      const mine = anchored.filter((item) => item.annotation.coderId === coderId);
      return mine.length === anchored.length ? anchored : mine;
    }
    const visible = new Set(visibleAnnotations(anchored.map(annotationOf), view));
    return anchored.filter((item) => visible.has(item.annotation));
  }, [anchored, view]);
  return { loading: !ready, anchored: shown };
}

const none: AnchoredAnnotation[] = [];

/** How long one slice of anchoring may hold the main thread (ms), well under a long task. */
const SLICE_MS = 8;

/**
 * Anchors `records` (in reading order) in slices of about SLICE_MS, showing what is anchored
 * after each slice and yielding to the browser between them, so a document with thousands of
 * highlights paints its first screen's at once and never blocks the page while the rest anchor.
 * Changes written meanwhile wait in the feed until the whole list is anchored.
 */
async function anchorInSlices(
  records: readonly Annotation[],
  anchor: (annotation: Annotation) => AnchoredAnnotation,
  show: (anchored: AnchoredAnnotation[]) => void,
): Promise<AnchoredAnnotation[]> {
  const anchored: AnchoredAnnotation[] = [];
  let next = 0;
  while (next < records.length) {
    const until = performance.now() + SLICE_MS;
    do anchored.push(anchor(records[next++] as Annotation));
    while (next < records.length && performance.now() < until);
    if (next < records.length) {
      show([...anchored]);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return anchored;
}

/** True when `list` already holds `annotation` as it is, at the same revision. */
function alreadyShown(list: readonly AnchoredAnnotation[], annotation: Annotation): boolean {
  const shown = list.find((item) => item.annotation.id === annotation.id)?.annotation;
  return (
    shown !== undefined &&
    revisionOf(shown) === revisionOf(annotation) &&
    sameAnnotation(shown, annotation)
  );
}
