import type { Annotation } from '../model';
import { DUPLICATE_REASON, annotationContentKey } from './annotation-duplicates';
import { anchorImported } from './import-anchor';
import { sameAnnotation } from './plan-compare';
import { incomingWins, isFutureDate } from './plan-dates';
import { emptyKindPlan, type ImportMode, type KindPlan, type PlanWarning } from './plan-types';
import { stableUuid } from './stable-id';
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
  /** This device's clock: dates after it are flagged and never win. */
  now: Date;
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
): KindPlan<Annotation> & { warnings: PlanWarning[] } {
  const plan = emptyKindPlan<Annotation>();
  const warnings: PlanWarning[] = [];
  const taken = new Set([...ctx.existing.map((a) => a.id), ...annotations.map((a) => a.id)]);
  const local = new Map(ctx.existing.map((annotation) => [annotation.id, annotation]));
  const seen = new Set<string>();
  const kept = new Set<string>();
  const storedUnderFormerId = (id: string): Annotation | undefined => {
    const former = ctx.formerIds?.get(id);
    return former === undefined ? undefined : local.get(former);
  };
  // Same article, ranges and tags as one already here (kept on merge) or earlier in the file.
  const contents = new Set(
    ctx.mode === 'merge' ? ctx.existing.map((a) => annotationContentKey(a)) : [],
  );

  annotations.forEach((annotation, index) => {
    const skip = (reason: string) =>
      plan.skip.push(skipped('annotation', index, annotation.id, reason));
    if (seen.has(annotation.id)) return skip('duplicate id');
    seen.add(annotation.id);
    const warn = (message: string) =>
      warnings.push({
        kind: 'annotation',
        index,
        id: annotation.id,
        message: `annotation ${index}: ${message}`,
      });
    const checked = check(annotation, ctx);
    if (!checked.ok) return skip(checked.reason);
    let incoming = checked.annotation;
    const future = isFutureDate(incoming.updatedAt, ctx.now);
    if (future)
      warn(`its date ${incoming.updatedAt} is in the future; it cannot replace a local edit`);
    let mine = local.get(incoming.id) ?? storedUnderFormerId(incoming.id);
    // A record stored under its former id keeps that id.
    if (mine && mine.id !== incoming.id) incoming = { ...incoming, id: mine.id };
    if (mine && mine.articleId !== incoming.articleId) {
      // The same id on another article is another annotation that happens to share an id,
      // never a move: it gets an id of its own, derived so a re-import meets the same one.
      const id = freshId(incoming, taken);
      warn(`its id is used by an annotation on another article; it is added with the new id ${id}`);
      incoming = { ...incoming, id };
      mine = undefined;
    }
    const content = annotationContentKey(incoming);
    if (!mine && contents.has(content)) return skip(DUPLICATE_REASON);
    contents.add(content);
    if (!mine) {
      plan.add.push(incoming);
    } else if (sameAnnotation(incoming, mine)) {
      plan.unchanged++;
    } else if (
      ctx.mode === 'replace' ||
      incomingWins(incoming.updatedAt, mine.updatedAt, ctx.now)
    ) {
      plan.change.push(incoming);
    } else {
      return skip(future ? 'dated in the future; the local one is kept' : 'older or same as local');
    }
    kept.add(incoming.id);
  });

  if (ctx.mode === 'replace') {
    plan.remove.push(...ctx.existing.filter((annotation) => !kept.has(annotation.id)));
  }
  return { ...plan, warnings };
}

function freshId(annotation: Annotation, taken: Set<string>): string {
  let id = stableUuid(`${annotation.articleId}\u0000${annotation.id}`);
  for (let n = 2; taken.has(id); n++)
    id = stableUuid(`${annotation.articleId}\u0000${annotation.id}\u0000${n}`);
  taken.add(id);
  return id;
}
