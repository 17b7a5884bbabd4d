import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { adjudicationRepo } from '../db/adjudication-repo';
import {
  adjudicationItems,
  agreedConsensus,
  consensusFor,
  consensusIdsOf,
  type AdjudicationItem,
  type Decision,
} from '../domain/adjudication';
import type { ExportArticle } from '../domain/formats/types';
import { useAllAnnotations } from './use-annotations';
import { loadAllArticles } from './transfer';

/**
 * Adjudication between coders A and B: the disagreements, the decisions taken (live, from the
 * database), and `decide`/`undo`. Passages both coded alike go into the consensus at once.
 */
export function useAdjudication(aId: string, bId: string, articleFilter: string) {
  const all = useAllAnnotations();
  const [articles, setArticles] = useState<ExportArticle[] | null>(null);
  const [undoStack, setUndoStack] = useState<{ key: string; previous: Decision | null }[]>([]);
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
    void adjudicationRepo.seedAgreements(agreedConsensus(agreements, new Date().toISOString()));
  }, [agreements, aId, bId]);

  const apply = useCallback(
    async (item: AdjudicationItem, decision: Decision | null) => {
      const article = articles?.find((a) => a.id === item.articleId);
      if (!article) throw new Error('The article of this passage is not in the library.');
      const consensus = decision
        ? consensusFor(item, decision, article.text, article.textHash, new Date().toISOString())
        : [];
      await adjudicationRepo.decide(
        { a: aId, b: bId },
        item.key,
        decision,
        consensusIdsOf(item),
        consensus,
      );
    },
    [articles, aId, bId],
  );

  const decide = useCallback(
    async (item: AdjudicationItem, decision: Decision) => {
      const previous = decisions?.[item.key] ?? null;
      await apply(item, decision);
      setUndoStack((stack) => [...stack, { key: item.key, previous }]);
    },
    [apply, decisions],
  );

  const undo = useCallback(async (): Promise<string | null> => {
    const last = undoStack[undoStack.length - 1];
    if (!last) return null;
    const item = items.find((i) => i.key === last.key);
    setUndoStack((stack) => stack.slice(0, -1));
    if (item) await apply(item, last.previous);
    return last.key;
  }, [undoStack, items, apply]);

  return {
    loading: !all || !articles || decisions === undefined,
    items,
    agreements,
    decisions: decisions ?? {},
    articles: articles ?? [],
    decide,
    undo,
    canUndo: undoStack.length > 0,
  };
}
