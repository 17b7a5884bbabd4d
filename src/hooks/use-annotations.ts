import { useLiveQuery } from 'dexie-react-hooks';
import { annotationsRepo } from '../db/annotations-repo';
import type { Annotation } from '../domain/model';

/** The annotations of one article in reading order, live (undefined while loading). */
export function useArticleAnnotations(articleId: string): Annotation[] | undefined {
  return useLiveQuery(() => annotationsRepo.listByArticle(articleId), [articleId]);
}

const none: Record<string, number> = Object.create(null) as Record<string, number>;

/** Annotation count per article id, live. */
export function useAnnotationCounts(): Record<string, number> {
  return useLiveQuery(() => annotationsRepo.countByArticle(), [], none);
}

/** Every annotation, live (undefined while loading, and while `enabled` is false). */
export function useAllAnnotations(enabled = true): Annotation[] | undefined {
  return useLiveQuery(() => (enabled ? annotationsRepo.listAll() : undefined), [enabled]);
}
