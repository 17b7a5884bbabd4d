import { planAnnotations } from './plan-annotations';
import { planDocuments } from './plan-documents';
import { planMemos } from './plan-memos';
import { planOverrides } from './plan-overrides';
import { planSets } from './plan-sets';
import { planTags } from './plan-tags';
import type { ImportContext, ImportMode, ImportPlan, KindPlan } from './plan-types';
import type { ImportBundle } from './types';

export type {
  ExistingData,
  ImportContext,
  ImportMode,
  ImportPlan,
  PlanRecords,
  PlanWarning,
} from './plan-types';

function total(plans: ReadonlyArray<KindPlan<unknown>>, step: 'add' | 'change' | 'remove'): number {
  return plans.reduce((sum, plan) => sum + plan[step].length, 0);
}

/**
 * Compares a parsed file with the local database and says what importing it
 * would do, without changing anything: the preview's counts and reasons, and
 * the exact records the one write transaction puts and deletes.
 *
 * Documents are planned first (annotations may target documents inside the
 * file), then tags (so annotations use local tag ids), annotations, memos, the metadata edits
 * of bundled articles and the named sets.
 * On 'replace' the plan also lists every local record the file lacks under
 * `remove`.
 */
export function planImport(
  bundle: ImportBundle,
  ctx: ImportContext,
  mode: ImportMode = 'merge',
): ImportPlan {
  const now = ctx.now ?? new Date();
  const documents = planDocuments(bundle.documents, ctx, mode);
  const formerIds = bundle.formerIds ?? new Map<string, string>();
  const tags = planTags(bundle.tags, ctx.existing.tags, mode, formerIds);
  const annotations = planAnnotations(bundle.annotations, {
    articles: documents.articles,
    resolveTag: tags.resolve,
    existing: ctx.existing.annotations,
    mode,
    formerIds,
    now,
  });
  const memos = planMemos(bundle.memos, documents.articles, ctx.existing.memos, mode, now);
  const overrides = planOverrides(
    bundle.overrides ?? [],
    documents.articles,
    ctx.existing.overrides ?? [],
    mode,
    now,
  );
  const sets = planSets(bundle.sets ?? [], documents.articles, ctx.existing.sets ?? [], mode);
  const plans = [documents.plan, tags.plan, annotations, memos, overrides, sets.plan];
  const skip = [...bundle.skipped, ...plans.flatMap((plan) => plan.skip)];

  return {
    mode,
    add: {
      annotations: annotations.add,
      tags: tags.plan.add,
      memos: memos.add,
      documents: documents.plan.add,
      overrides: overrides.add,
      sets: sets.plan.add,
    },
    change: {
      annotations: annotations.change,
      tags: tags.plan.change,
      memos: memos.change,
      documents: documents.plan.change,
      overrides: overrides.change,
      sets: sets.plan.change,
    },
    remove: {
      annotations: annotations.remove,
      tags: tags.plan.remove,
      memos: memos.remove,
      documents: documents.plan.remove,
      overrides: overrides.remove,
      sets: sets.plan.remove,
    },
    skip,
    warnings: [...tags.warnings, ...annotations.warnings, ...sets.warnings],
    counts: {
      add: total(plans, 'add'),
      change: total(plans, 'change'),
      remove: total(plans, 'remove'),
      skip: skip.length,
      unchanged: plans.reduce((sum, plan) => sum + plan.unchanged, 0),
    },
  };
}
