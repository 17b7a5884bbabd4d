import type { ArticleSet } from '../model';
import { copySet } from './native-records';
import { emptyKindPlan, type ImportMode, type KindPlan, type PlanWarning } from './plan-types';
import { skipped } from './records';
import type { KnownText } from './types';

const same = (a: ArticleSet, b: ArticleSet): boolean =>
  JSON.stringify(copySet(a)) === JSON.stringify(copySet(b));

/** A set with `extra` members appended (those it lacks), in order. */
function withMembers(set: ArticleSet, extra: readonly string[]): ArticleSet {
  const members = new Set(set.articleIds);
  return { ...set, articleIds: [...set.articleIds, ...extra.filter((id) => !members.has(id))] };
}

/** The set plan and what the preview should say about members left out. */
export interface SetsPlan {
  plan: KindPlan<ArticleSet>;
  warnings: PlanWarning[];
}

/**
 * Plans the file's named sets. Members that name no article known here (nor brought by the
 * file) are left out, with a warning. On 'merge' nothing is lost on either side: a set the
 * device holds under the same id, or under the same name, keeps its name and gains the file's
 * members. On 'replace' the file's sets are taken as they are and local sets the file lacks
 * are removed. A second set in the file with the same id or name is skipped.
 */
export function planSets(
  sets: readonly ArticleSet[],
  articles: ReadonlyMap<string, KnownText>,
  existing: readonly ArticleSet[],
  mode: ImportMode,
): SetsPlan {
  const plan = emptyKindPlan<ArticleSet>();
  const warnings: PlanWarning[] = [];
  const byId = new Map(existing.map((s) => [s.id, s]));
  const byName = new Map(existing.map((s) => [s.nameKey, s]));
  const seenIds = new Set<string>();
  const seenNames = new Set<string>();
  const kept = new Set<string>();

  sets.forEach((incoming, index) => {
    const skip = (reason: string) => plan.skip.push(skipped('set', index, incoming.id, reason));
    if (seenIds.has(incoming.id)) return skip('a second set with this id');
    if (seenNames.has(incoming.nameKey)) return skip(`a second set named “${incoming.name}”`);
    seenIds.add(incoming.id);
    seenNames.add(incoming.nameKey);
    const members = incoming.articleIds.filter((id) => articles.has(id));
    const unknown = incoming.articleIds.length - members.length;
    if (unknown > 0)
      warnings.push({
        kind: 'set',
        index,
        id: incoming.id,
        message: `set ${index} (“${incoming.name}”): ${unknown} article${unknown === 1 ? '' : 's'} not found here left out`,
      });
    const set = { ...incoming, articleIds: members };
    const mine =
      mode === 'replace' ? byId.get(set.id) : (byId.get(set.id) ?? byName.get(set.nameKey));
    const next = !mine ? set : mode === 'replace' ? set : withMembers(mine, members);
    if (!mine) plan.add.push(next);
    else if (same(next, mine)) plan.unchanged++;
    else plan.change.push(next);
    kept.add(next.id);
  });

  if (mode === 'replace') plan.remove.push(...existing.filter((s) => !kept.has(s.id)));
  return { plan, warnings };
}
