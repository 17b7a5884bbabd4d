import { useMemo } from 'react';
import type { ArticleInfo } from '../domain/annotations/filter';
import { useManifest } from './use-manifest';

/** Every article in library order, as the cross-article views need them. */
export function useArticleInfos(): {
  list: ArticleInfo[];
  byId: Map<string, ArticleInfo>;
  ready: boolean;
} {
  const { manifest } = useManifest();
  const entries = manifest.status === 'ready' ? manifest.value.articles : null;
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
