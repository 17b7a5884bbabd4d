import { useEffect, useMemo, useState } from 'react';
import type { Annotation } from '../domain/model';
import {
  findInText,
  searchArticles,
  type ArticleResult,
  type Searchable,
} from '../domain/search/search';
import { loadAllArticles } from '../commands/transfer';
import { useAllAnnotations } from './use-annotations';
import { errorMessage } from '../domain/error-message';

export interface NoteResult {
  annotation: Annotation;
  articleTitle: string;
  before: string;
  match: string;
  after: string;
}

/** Searches every article's text and every note for `query`. */
export function useSearch(query: string) {
  const [articles, setArticles] = useState<Searchable[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const annotations = useAllAnnotations();

  useEffect(() => {
    let live = true;
    loadAllArticles()
      .then((list) => live && setArticles(list))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, []);

  const textResults = useMemo<ArticleResult[]>(
    () => (articles && query.trim() ? searchArticles(articles, query) : []),
    [articles, query],
  );
  const noteResults = useMemo<NoteResult[]>(() => {
    if (!annotations || !query.trim()) return [];
    const titles = new Map((articles ?? []).map((a) => [a.id, a.title]));
    return annotations.flatMap((annotation) => {
      const [hit] = findInText(annotation.note, query, { limit: 1, contextLength: 50 });
      return hit
        ? [
            {
              annotation,
              articleTitle: titles.get(annotation.articleId) ?? annotation.articleId,
              ...hit,
            },
          ]
        : [];
    });
  }, [annotations, articles, query]);

  return { loading: articles === null && error === null, error, textResults, noteResults };
}
