import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { listArticles } from '../commands/corpus';
import { syncSearchIndex } from '../commands/search-index';
import { loadAllArticles } from '../commands/transfer';
import { searchIndex, type SearchIndexStatus } from '../db/search-index/client';
import type { Article } from '../domain/corpus/types';
import { errorMessage } from '../domain/error-message';
import type { Annotation } from '../domain/model';
import { findInText, searchArticles, type ArticleResult } from '../domain/search/search';
import { useAllAnnotations } from './use-annotations';

export interface NoteResult {
  annotation: Annotation;
  articleTitle: string;
  before: string;
  match: string;
  after: string;
}

export interface SearchState {
  loading: boolean;
  error: string | null;
  /** Matching articles shown (best first when indexed), with their hits. */
  textResults: ArticleResult[];
  /** The query `textResults` are for (the previous one while they are stale). */
  resultsQuery: string;
  /**
   * The results shown are the previous query's, kept on screen while this one is searched (a
   * keystroke does not blank the list); false once they are this query's.
   */
  stale: boolean;
  /** How many articles match in all (more than shown when there are many). */
  articleCount: number;
  noteResults: NoteResult[];
  /** The index's progress; null when searching on the main thread. */
  index: SearchIndexStatus | null;
  /** Shows more of the matching articles. */
  showMore: () => void;
}

/**
 * Articles shown at first, and added by each "Show more": a screenful and more, so a keystroke's
 * results (and their snippets) are quick to make and to render.
 */
export const SEARCH_PAGE_SIZE = 20;

function useNoteResults(
  query: string,
  articles: readonly Article[] | null,
  wantTitles?: () => void,
): NoteResult[] {
  const annotations = useAllAnnotations();
  // Built once per list, not per keystroke: ten thousand titles, and only the notes to search.
  const titles = useMemo(() => new Map((articles ?? []).map((a) => [a.id, a.title])), [articles]);
  const noted = useMemo(() => (annotations ?? []).filter((a) => a.note !== ''), [annotations]);
  // The articles' titles are read only when there are notes to show them with.
  const hasNotes = noted.length > 0;
  useEffect(() => {
    if (hasNotes) wantTitles?.();
  }, [hasNotes, wantTitles]);
  return useMemo<NoteResult[]>(() => {
    if (noted.length === 0 || !query.trim()) return [];
    return noted.flatMap((annotation) => {
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
  }, [noted, titles, query]);
}

/** Main-thread search over every text, where no Web Worker is available. */
function useScanSearch(query: string): SearchState {
  const [articles, setArticles] = useState<(Article & { text: string })[] | null>(null);
  const [error, setError] = useState<string | null>(null);
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
  const noteResults = useNoteResults(query, articles);
  return {
    loading: articles === null && error === null,
    error,
    textResults,
    resultsQuery: query,
    stale: false,
    articleCount: textResults.length,
    noteResults,
    index: null,
    showMore: noMore,
  };
}

const noSubscription = () => () => {};
const noMore = () => {};
const noStatus = () => null;
const noResults: ArticleResult[] = [];

/** Search through the worker's index (docs/architecture.md "Search"). */
function useIndexSearch(query: string): SearchState {
  const index = searchIndex();
  const status = useSyncExternalStore(
    index ? (listener: () => void) => index.subscribe(listener) : noSubscription,
    index ? () => index.getStatus() : noStatus,
  );
  const [articles, setArticles] = useState<Article[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [limit, setLimit] = useState(SEARCH_PAGE_SIZE);
  const [found, setFound] = useState<{
    query: string;
    value: Awaited<ReturnType<NonNullable<typeof index>['search']>>;
  } | null>(null);

  useEffect(() => {
    if (!index) return;
    let live = true;
    syncSearchIndex(index).catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [index]);
  // The library is listed here only for the titles of matching notes (the worker lists it to
  // search): ten thousand documents' metadata is a long task a search without notes need not run.
  const titlesAsked = useRef(false);
  const wantTitles = useCallback(() => {
    if (titlesAsked.current) return;
    titlesAsked.current = true;
    listArticles()
      .then(setArticles)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);

  useEffect(() => setLimit(SEARCH_PAGE_SIZE), [query]);
  // Stable, so the memoised results are not rendered again for a new function.
  const showMore = useCallback(() => setLimit((n) => n + SEARCH_PAGE_SIZE), []);
  // Searched again as indexing goes on, so results grow while a large corpus is indexed: every
  // thousand articles, not every batch, so that indexing does not rebuild the results a hundred
  // times over on the page's thread.
  // And once more when the library was compared with a stored index ('starting' to 'ready').
  const state = status?.state;
  const indexed =
    status?.state === 'indexing' ? Math.floor(status.indexed / 1000) : (status?.indexed ?? 0);
  useEffect(() => {
    if (!index || !query.trim()) return;
    let live = true;
    index
      .search(query, limit)
      .then((value) => live && setFound({ query, value }))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [index, query, limit, indexed, state]);

  const noteResults = useNoteResults(query, articles, wantTitles);
  const current = found?.query === query ? found.value : null;
  // While a new query is searched the last results stay: the worker answers in a moment, and
  // blanking the list in between would rebuild every result twice per keystroke.
  const shown = current ?? found?.value ?? null;
  // A stored index answers before the library is listed and compared with it ('starting' with
  // what it holds): its results are shown at once, and searched again once compared. Without one
  // the page waits for the indexing to start.
  const starting = status?.state === 'starting' && status.indexed === 0;
  return {
    loading: error === null && query.trim() !== '' && (shown === null || starting),
    error: error ?? (status?.state === 'failed' ? (status.message ?? 'The index failed.') : null),
    textResults: shown?.results ?? noResults,
    resultsQuery: (current ? query : found?.query) ?? query,
    stale: current === null && shown !== null,
    articleCount: shown?.articleCount ?? 0,
    noteResults,
    index: status,
    showMore,
  };
}

/**
 * Searches every article's text and every note for `query`: through the search worker's
 * persisted index where Web Workers exist, else by scanning the texts on the main thread.
 */
export const useSearch: (query: string) => SearchState =
  typeof Worker === 'undefined' ? useScanSearch : useIndexSearch;
