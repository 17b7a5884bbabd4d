import { CodebookError, validateHotkey, validateTagName } from '../domain/codebook';
import type { Annotation, Tag } from '../domain/model';
import type { GlossDB } from './db';
import { NotFoundError, ValidationError } from './errors';

/** How many annotations carry each tag before a merge, and the target after it. */
export interface MergeCounts {
  before: { source: number; target: number };
  /** Annotations carrying the target once the source is merged into it. */
  after: number;
}

/** What merge() did: the counts to report, and the records as they were, for undo. */
export interface MergedTags extends MergeCounts {
  /** The source tag as it was before it was deleted. */
  source: Tag;
  /** The target tag as it is after the merge. */
  target: Tag;
  /** The annotations that carried the source; they now carry the target once. */
  annotationIds: string[];
  /** Every record merge() changed, as it was before. */
  previous: { annotations: Annotation[]; tags: Tag[] };
}

async function requireTag(db: GlossDB, id: string): Promise<Tag> {
  const tag = await db.tags.get(id);
  if (!tag) throw new NotFoundError('tag', id);
  return tag;
}

async function idsCarrying(db: GlossDB, tagId: string): Promise<Set<string>> {
  return new Set((await db.annotations.where('tagIds').equals(tagId).primaryKeys()).map(String));
}

async function countIn(db: GlossDB, sourceId: string, targetId: string) {
  const withSource = await idsCarrying(db, sourceId);
  const withTarget = await idsCarrying(db, targetId);
  const counts: MergeCounts = {
    before: { source: withSource.size, target: withTarget.size },
    after: new Set([...withSource, ...withTarget]).size,
  };
  return { counts, withSource };
}

function checkPair(sourceId: string, targetId: string): void {
  if (sourceId === targetId)
    throw new ValidationError('tag', '', 'a tag cannot be merged into itself');
}

/** Counts for a merge preview; both tags must exist. Call inside a transaction. */
export async function countMerge(
  db: GlossDB,
  sourceId: string,
  targetId: string,
): Promise<MergeCounts> {
  checkPair(sourceId, targetId);
  await requireTag(db, sourceId);
  await requireTag(db, targetId);
  return (await countIn(db, sourceId, targetId)).counts;
}

/** The source replaced by the target where it stood, keeping one copy of each tag. */
function retagged(tagIds: readonly string[], sourceId: string, targetId: string): string[] {
  return [...new Set(tagIds.map((id) => (id === sourceId ? targetId : id)))];
}

/**
 * Merges one tag into another: annotations with the source get the target
 * (once), the source's sub-tags move under the target — or to the top level
 * when the target is itself a sub-tag — and the source is deleted. A target
 * that was a sub-tag of the source moves to the top level. Call inside one
 * read-write transaction over tags and annotations.
 */
export async function mergeTags(
  db: GlossDB,
  sourceId: string,
  targetId: string,
  updatedAt: string,
): Promise<MergedTags> {
  checkPair(sourceId, targetId);
  const source = await requireTag(db, sourceId);
  const original = await requireTag(db, targetId);
  const { counts, withSource } = await countIn(db, sourceId, targetId);

  const annotations = (await db.annotations.bulkGet([...withSource])).filter(
    (annotation): annotation is Annotation => annotation !== undefined,
  );
  await db.annotations.bulkPut(
    annotations.map((annotation) => ({
      ...annotation,
      tagIds: retagged(annotation.tagIds, sourceId, targetId),
      updatedAt,
    })),
  );

  const target = original.parentId === sourceId ? { ...original, parentId: null } : original;
  const newParent = original.parentId === null ? targetId : null;
  const children = await db.tags
    .filter((tag) => tag.parentId === sourceId && tag.id !== targetId)
    .toArray();
  const movedTags = [...children.map((child) => ({ ...child, parentId: newParent }))];
  if (target !== original) movedTags.push(target);
  await db.tags.bulkPut(movedTags);
  await db.tags.delete(sourceId);

  return {
    ...counts,
    source,
    target,
    annotationIds: annotations.map((annotation) => annotation.id),
    previous: { annotations, tags: target === original ? children : [...children, original] },
  };
}

/**
 * Undoes mergeTags(): the source comes back with its id, sub-tags and the
 * target return to their former parents, and every merged annotation gets
 * back its former tags and updatedAt. Records deleted since stay deleted; a
 * hotkey taken meanwhile is dropped. Call inside one read-write transaction.
 * @throws CodebookError when another tag has taken the source's name meanwhile
 */
export async function restoreMerged(db: GlossDB, merged: MergedTags): Promise<Tag> {
  const existing = await db.tags.toArray();
  const exists = (id: string | null) => id === null || existing.some((tag) => tag.id === id);
  const { source } = merged;
  const nameProblem = validateTagName(source.name, existing, source.id);
  if (nameProblem !== null) throw new CodebookError('name', nameProblem);
  const restored: Tag = {
    ...source,
    hotkey: validateHotkey(source.hotkey, existing, source.id) === null ? source.hotkey : null,
    parentId: exists(source.parentId) ? source.parentId : null,
  };
  await db.tags.add(restored);
  existing.push(restored);

  const moved = await db.tags.bulkGet(merged.previous.tags.map((tag) => tag.id));
  const reparented = merged.previous.tags.flatMap((before, index) => {
    const current = moved[index];
    if (!current) return [];
    return [{ ...current, parentId: exists(before.parentId) ? before.parentId : null }];
  });
  await db.tags.bulkPut(reparented);

  const current = await db.annotations.bulkGet(merged.previous.annotations.map((a) => a.id));
  const reverted = merged.previous.annotations.flatMap((before, index) => {
    const now = current[index];
    if (!now) return [];
    const tagIds = before.tagIds.filter((id) => exists(id));
    return [{ ...now, tagIds, updatedAt: before.updatedAt }];
  });
  await db.annotations.bulkPut(reverted);
  return restored;
}
