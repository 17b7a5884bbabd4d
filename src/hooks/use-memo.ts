import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { memosRepo } from '../db';
import { saveMemoOnExit } from '../db/exit-save';
import type { ArticleMemo } from '../domain/model';

export interface ArticleMemoState {
  /** The memo, or null when the article has none (also while loading). */
  memo: ArticleMemo | null;
  loading: boolean;
  /**
   * Stores the memo as typed; blank text deletes it.
   * @returns the stored memo, or null when deleted
   * @throws ValidationError (too long), QuotaError
   */
  save: (text: string) => Promise<ArticleMemo | null>;
  /** For a page that is going away: writes the text at once (see db/exit-save). */
  saveOnExit: (text: string) => boolean;
}

/** One article's memo (a note on the whole article), live, with a way to save it. */
export function useArticleMemo(articleId: string): ArticleMemoState {
  const memo = useLiveQuery(async () => (await memosRepo.get(articleId)) ?? null, [articleId]);
  const save = useCallback((text: string) => memosRepo.set(articleId, text), [articleId]);
  const saveOnExit = useCallback((text: string) => saveMemoOnExit(articleId, text), [articleId]);
  return { memo: memo ?? null, loading: memo === undefined, save, saveOnExit };
}
