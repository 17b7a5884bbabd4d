import { useMemo } from 'react';
import type { ArticleInfo } from '../domain/annotations/filter';
import { useLibrary } from './use-library';

/** Every article in library order (seeds, then the user's documents), as the cross-article views need them. */
export function useArticleInfos(): {
  list: ArticleInfo[];
  byId: Map<string, ArticleInfo>;
  ready: boolean;
} {
  const library = useLibrary();
  const entries = library.status === 'ready' ? library.entries : null;
  return useMemo(() => {
    const list = (entries ?? []).map((e, order) => ({
      id: e.id,
      title: e.title,
      source: e.source,
      language: e.language,
      order,
    }));
    return { list, byId: new Map(list.map((a) => [a.id, a])), ready: entries !== null };
  }, [entries]);
}
