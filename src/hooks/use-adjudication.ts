import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { decideItem, seedAgreements } from '../commands/adjudication';
import { undoLast } from '../commands/run';
import { loadAllArticles } from '../commands/transfer';
import { adjudicationRepo } from '../db/adjudication-repo';
import { adjudicationItems, type AdjudicationItem, type Decision } from '../domain/adjudication';
import type { ArticleWithText } from '../domain/corpus/types';
import { useAppStore } from '../store';
import { useAllAnnotations } from './use-annotations';

/**
 * Adjudication between coders A and B: the disagreements, the decisions taken (live, from the
 * database), and `decide`/`undo` (on the app's undo history). Passages both coded alike go into
 * the consensus at once.
 */
export function useAdjudication(aId: string, bId: string, articleFilter: string) {
  const all = useAllAnnotations();
  const [articles, setArticles] = useState<ArticleWithText[] | null>(null);
  // The items decided here, newest last, so an undo can show the passage it took back.
  const decidedKeys = useRef<string[]>([]);
  const canUndo = useAppStore((s) => s.past.length > 0);
  useEffect(() => {
    void loadAllArticles().then(setArticles);
  }, []);
  const decisions = useLiveQuery(() => adjudicationRepo.decisions(aId, bId), [aId, bId, all]);

  const { items, agreements } = useMemo(() => {
    if (!all || !articles) return { items: [], agreements: [] };
    const order = articles.map((a) => a.id);
    const result = adjudicationItems(
      all.filter((a) => a.coderId === aId),
      all.filter((a) => a.coderId === bId),
      order,
    );
    if (articleFilter === '') return result;
    return {
      items: result.items.filter((i) => i.articleId === articleFilter),
      agreements: result.agreements.filter((i) => i.articleId === articleFilter),
    };
  }, [all, articles, aId, bId, articleFilter]);

  useEffect(() => {
    if (aId === bId || agreements.length === 0) return;
    void seedAgreements(agreements);
  }, [agreements, aId, bId]);

  const decide = useCallback(
    async (item: AdjudicationItem, decision: Decision) => {
      const article = articles?.find((a) => a.id === item.articleId);
      if (!article) throw new Error('The article of this passage is not in the library.');
      const previous = decisions?.[item.key] ?? null;
      const result = await decideItem({
        pair: { a: aId, b: bId },
        item,
        article,
        decision,
        previous,
      });
      if (!result.ok) throw result.error;
      decidedKeys.current.push(item.key);
    },
    [articles, decisions, aId, bId],
  );

  /** Undoes the last change; returns the key of the passage it belonged to, when it was one. */
  const undo = useCallback(async (): Promise<string | null> => {
    const last = useAppStore.getState().past.at(-1);
    const ours = last?.label === 'Settle a disagreement';
    await undoLast();
    return ours ? (decidedKeys.current.pop() ?? null) : null;
  }, []);

  return {
    loading: !all || !articles || decisions === undefined,
    items,
    agreements,
    decisions: decisions ?? {},
    articles: articles ?? [],
    decide,
    undo,
    canUndo,
  };
}
