import type { Annotation } from '../model';
import { anchorImported } from './import-anchor';
import { isNewer, sameAnnotation } from './plan-compare';
import { emptyKindPlan, type ImportMode, type KindPlan } from './plan-types';
import { skipped } from './records';
import type { KnownText } from './types';

/** What planning annotations needs from the rest of the plan. */
export interface AnnotationPlanContext {
  /** Articles annotations can target once documents are applied. */
  articles: ReadonlyMap<string, KnownText>;
  /** Maps a tag id used in the file to its local id (undefined: unknown tag). */
  resolveTag(fileTagId: string): string | undefined;
  existing: readonly Annotation[];
  mode: ImportMode;
  /** Derived ids → the former ids of the same names (ImportBundle.formerIds). */
  formerIds?: ReadonlyMap<string, string>;
}

type Checked = { ok: true; annotation: Annotation } | { ok: false; reason: string };

function mapTags(annotation: Annotation, ctx: AnnotationPlanContext): Checked {
  const tagIds: string[] = [];
  for (const fileTagId of annotation.tagIds) {
    const localId = ctx.resolveTag(fileTagId);
    if (localId === undefined) return { ok: false, reason: `unknown tag ${fileTagId}` };
    if (!tagIds.includes(localId)) tagIds.push(localId);
  }
  const same =
    tagIds.length === annotation.tagIds.length &&
    tagIds.every((id, i) => id === annotation.tagIds[i]);
  return { ok: true, annotation: same ? annotation : { ...annotation, tagIds } };
}

function check(annotation: Annotation, ctx: AnnotationPlanContext): Checked {
  const article = ctx.articles.get(annotation.articleId);
  if (!article) return { ok: false, reason: `unknown article ${annotation.articleId}` };
  const tagged = mapTags(annotation, ctx);
  return tagged.ok ? anchorImported(tagged.annotation, article) : tagged;
}

/**
 * Plans the file's annotations: duplicates, unknown articles and tags,
 * offsets that do not fit and quotes that are not found are skipped with a
 * reason; a record with a local id is a change only when it is newer
 * (`updatedAt`) on 'merge', and whenever it differs on 'replace'.
 */
export function planAnnotations(
  annotations: readonly Annotation[],
  ctx: AnnotationPlanContext,
): KindPlan<Annotation> {
  const plan = emptyKindPlan<Annotation>();
  const local = new Map(ctx.existing.map((annotation) => [annotation.id, annotation]));
  const seen = new Set<string>();
  const kept = new Set<string>();
  const storedUnderFormerId = (id: string): Annotation | undefined => {
    const former = ctx.formerIds?.get(id);
    return former === undefined ? undefined : local.get(former);
  };

  annotations.forEach((annotation, index) => {
    const skip = (reason: string) =>
      plan.skip.push(skipped('annotation', index, annotation.id, reason));
    if (seen.has(annotation.id)) return skip('duplicate id');
    seen.add(annotation.id);
    const checked = check(annotation, ctx);
    if (!checked.ok) return skip(checked.reason);
    const mine = local.get(checked.annotation.id) ?? storedUnderFormerId(checked.annotation.id);
    // A record stored under its former id keeps that id.
    const incoming =
      mine && mine.id !== checked.annotation.id
        ? { ...checked.annotation, id: mine.id }
        : checked.annotation;
    if (!mine) {
      plan.add.push(incoming);
    } else if (sameAnnotation(incoming, mine)) {
      plan.unchanged++;
    } else if (ctx.mode === 'replace' || isNewer(incoming.updatedAt, mine.updatedAt)) {
      plan.change.push(incoming);
    } else {
      return skip('older or same as local');
    }
    kept.add(incoming.id);
  });

  if (ctx.mode === 'replace') {
    plan.remove.push(...ctx.existing.filter((annotation) => !kept.has(annotation.id)));
  }
  return plan;
}
