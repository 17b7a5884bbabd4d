import { useLiveQuery } from 'dexie-react-hooks';
import { annotationsRepo } from '../db';
import { useMemo } from 'react';
import { visibleAnnotations } from '../domain/coders/layer-filter';
import type { Annotation } from '../domain/model';
import { useLayerView } from '../store/layer-view';

/**
 * The annotations of one article in reading order, live (undefined while loading), of the
 * layers the reader's layer chooser shows (by default the local coder's own).
 */
export function useArticleAnnotations(articleId: string): Annotation[] | undefined {
  const all = useLiveQuery(() => annotationsRepo.listByArticle(articleId), [articleId]);
  const view = useLayerView((s) => s.view);
  return useMemo(() => (all ? visibleAnnotations(all, view) : undefined), [all, view]);
}

const none: Record<string, number> = Object.create(null) as Record<string, number>;

/** Annotation count per article id, live. */
export function useAnnotationCounts(): Record<string, number> {
  return useLiveQuery(() => annotationsRepo.countByArticle(), [], none);
}

/** Every annotation, live (undefined while loading). */
export function useAllAnnotations(): Annotation[] | undefined {
  return useLiveQuery(() => annotationsRepo.listAll(), []);
}
