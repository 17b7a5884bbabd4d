import type { MetadataOverride } from '../model';
import { copyOverride } from './native-records';
import { incomingWins } from './plan-dates';
import { emptyKindPlan, type ImportMode, type KindPlan } from './plan-types';
import { skipped } from './records';
import type { KnownText } from './types';

const same = (a: MetadataOverride, b: MetadataOverride): boolean =>
  JSON.stringify(copyOverride(a)) === JSON.stringify(copyOverride(b));

/**
 * Plans the file's metadata edits of bundled articles (one per article, matched by article
 * id): unknown articles and second edits of one article are skipped; on 'merge' an edit of an
 * article edited here too wins only when it is newer; 'replace' removes the local edits the
 * file lacks.
 */
export function planOverrides(
  overrides: readonly MetadataOverride[],
  articles: ReadonlyMap<string, KnownText>,
  existing: readonly MetadataOverride[],
  mode: ImportMode,
  now: Date = new Date(),
): KindPlan<MetadataOverride> {
  const plan = emptyKindPlan<MetadataOverride>();
  const local = new Map(existing.map((o) => [o.articleId, o]));
  const seen = new Set<string>();
  const kept = new Set<string>();

  overrides.forEach((override, index) => {
    const skip = (reason: string) =>
      plan.skip.push(skipped('override', index, override.articleId, reason));
    if (seen.has(override.articleId)) return skip('a second set of details for this article');
    seen.add(override.articleId);
    if (!articles.has(override.articleId)) return skip(`unknown article ${override.articleId}`);
    const mine = local.get(override.articleId);
    if (!mine) plan.add.push(override);
    else if (same(override, mine)) plan.unchanged++;
    else if (mode === 'replace' || incomingWins(override.updatedAt, mine.updatedAt, now))
      plan.change.push(override);
    else return skip('older or same as the details edited here');
    kept.add(override.articleId);
  });

  if (mode === 'replace') plan.remove.push(...existing.filter((o) => !kept.has(o.articleId)));
  return plan;
}
