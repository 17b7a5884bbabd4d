import { useMemo } from 'react';
import type { Article } from '../domain/corpus/types';
import { useLibrary } from './use-library';

/** Every article in library order (bundled, then the user's documents), as the cross-article views need them. */
export function useArticleInfos(): {
  list: Article[];
  byId: Map<string, Article>;
  ready: boolean;
} {
  const library = useLibrary();
  const entries = library.status === 'ready' ? library.entries : null;
  return useMemo(() => {
    const list = entries ?? [];
    return { list, byId: new Map(list.map((a) => [a.id, a])), ready: entries !== null };
  }, [entries]);
}
