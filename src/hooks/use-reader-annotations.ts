import { useEffect, useMemo } from 'react';
import { annotationsRepo } from '../db';
import { runCommand } from '../commands';
import { anchorForReader, type AnchoredAnnotation } from '../domain/anchoring';
import { visibleAnnotations } from '../domain/coders/layer-filter';
import { useLayerView } from '../store/layer-view';
import { useArticleAnnotations } from './use-annotations';

export type { AnchoredAnnotation } from '../domain/anchoring';

/**
 * The article's annotations anchored in its current text (docs/architecture.md "Anchoring").
 * When the article opens, the repo re-anchors and stores moved highlights and new orphans in one
 * transaction (a failure is reported, not swallowed); fuzzy ones wait for the user to confirm.
 */
export function useReaderAnnotations(articleId: string, text: string, textHash: string) {
  const all = useArticleAnnotations(articleId);
  // Only the layers the reader's layer chooser shows (by default the local coder's own).
  const view = useLayerView((s) => s.view);
  const stored = useMemo(() => (all ? visibleAnnotations(all, view) : undefined), [all, view]);

  useEffect(() => {
    void runCommand('Saving the re-anchored highlights', () =>
      annotationsRepo.reanchorArticle(articleId, text, textHash),
    );
  }, [articleId, text, textHash]);

  const anchored = useMemo<AnchoredAnnotation[]>(
    () => (stored ? stored.map((a) => anchorForReader(a, text, textHash)) : []),
    [stored, text, textHash],
  );
  return { loading: stored === undefined, anchored };
}
