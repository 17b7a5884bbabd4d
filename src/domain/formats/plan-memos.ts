import { sameMemo } from './plan-compare';
import { incomingWins } from './plan-dates';
import { emptyKindPlan, type ImportMode, type KindPlan } from './plan-types';
import { skipped } from './records';
import type { ArticleMemo, KnownText } from './types';

/**
 * Plans the file's article memos (one per article, matched by article id):
 * unknown articles and second memos for one article are skipped; a memo for
 * an article that has one locally wins on 'merge' only when it is newer.
 */
export function planMemos(
  memos: readonly ArticleMemo[],
  articles: ReadonlyMap<string, KnownText>,
  existing: readonly ArticleMemo[],
  mode: ImportMode,
  now: Date = new Date(),
): KindPlan<ArticleMemo> {
  const plan = emptyKindPlan<ArticleMemo>();
  const local = new Map(existing.map((memo) => [memo.articleId, memo]));
  const seen = new Set<string>();
  const kept = new Set<string>();

  memos.forEach((memo, index) => {
    const skip = (reason: string) => plan.skip.push(skipped('memo', index, memo.articleId, reason));
    if (seen.has(memo.articleId)) return skip('duplicate memo for this article');
    seen.add(memo.articleId);
    if (!articles.has(memo.articleId)) return skip(`unknown article ${memo.articleId}`);
    const mine = local.get(memo.articleId);
    if (!mine) {
      plan.add.push(memo);
    } else if (sameMemo(memo, mine)) {
      plan.unchanged++;
    } else if (mode === 'replace' || incomingWins(memo.updatedAt, mine.updatedAt, now)) {
      plan.change.push(memo);
    } else {
      return skip('older or same as local');
    }
    kept.add(memo.articleId);
  });

  if (mode === 'replace') plan.remove.push(...existing.filter((memo) => !kept.has(memo.articleId)));
  return plan;
}
