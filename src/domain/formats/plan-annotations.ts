import type { Annotation } from '../model';
import { DUPLICATE_REASON, annotationContentKey } from './annotation-duplicates';
import { anchorImported } from './import-anchor';
import { isNewer, sameAnnotation } from './plan-compare';
import { emptyKindPlan, type ImportMode, type KindPlan } from './plan-types';
import { skipped } from './records';
import type { KnownArticle } from './types';

/** What planning annotations needs from the rest of the plan. */
export interface AnnotationPlanContext {
  /** Articles annotations can target once documents are applied. */
  articles: ReadonlyMap<string, KnownArticle>;
  /** Maps a tag id used in the file to its local id (undefined: unknown tag). */
  resolveTag(fileTagId: string): string | undefined;
  existing: readonly Annotation[];
  mode: ImportMode;
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
 * Plans the file's annotations: duplicates (a repeated id, or the same article, ranges and
 * tags as an annotation already here or earlier in the file), unknown articles and tags,
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
  // Same article, ranges and tags as one already here (kept on merge) or earlier in the file.
  const contents = new Set(
    ctx.mode === 'merge' ? ctx.existing.map((a) => annotationContentKey(a)) : [],
  );

  annotations.forEach((annotation, index) => {
    const skip = (reason: string) =>
      plan.skip.push(skipped('annotation', index, annotation.id, reason));
    if (seen.has(annotation.id)) return skip('duplicate id');
    seen.add(annotation.id);
    const checked = check(annotation, ctx);
    if (!checked.ok) return skip(checked.reason);
    const incoming = checked.annotation;
    const mine = local.get(incoming.id);
    const content = annotationContentKey(incoming);
    if (!mine && contents.has(content)) return skip(DUPLICATE_REASON);
    contents.add(content);
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
