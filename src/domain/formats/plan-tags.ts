import { tagNameKey } from '../codebook';
import { tagsById } from '../codebook/lookup';
import type { Tag } from '../model';
import { enforceTagRules, type AcceptedTag } from './plan-tag-rules';
import { sameTag } from './plan-compare';
import { emptyKindPlan, type ImportMode, type KindPlan, type PlanWarning } from './plan-types';
import { skipped } from './records';

/** The tags' plan, and how the file's tag ids map to the ids they will have locally. */
export interface TagsOutcome {
  plan: KindPlan<Tag>;
  warnings: PlanWarning[];
  /** The local id a tag id used in the file stands for, or undefined if none. */
  resolve(fileTagId: string): string | undefined;
}

type Accepted = AcceptedTag;

/**
 * Plans the file's tags. A tag is matched to a local one by id (or the former
 * id of a derived one), else (on 'merge') by case-insensitive name, so "Framing" in the file and "framing"
 * locally are one tag and the file's annotations use the local id. Tags have
 * no modification date: on 'merge' a local tag with the same id is kept.
 */
export function planTags(
  tags: readonly Tag[],
  existing: readonly Tag[],
  mode: ImportMode,
  formerIds: ReadonlyMap<string, string> = new Map(),
): TagsOutcome {
  const plan = emptyKindPlan<Tag>();
  const warnings: PlanWarning[] = [];
  const localById = tagsById(existing);
  const localByKey = new Map(
    mode === 'merge' ? existing.map((tag) => [tagNameKey(tag.name), tag]) : [],
  );
  const idMap = new Map<string, string>();
  const fileByKey = new Map<string, string>();
  const accepted: Accepted[] = [];

  tags.forEach((tag, index) => {
    const skip = (reason: string) => plan.skip.push(skipped('tag', index, tag.id, reason));
    if (idMap.has(tag.id)) return skip('duplicate id');
    const sameNameInFile = fileByKey.get(tag.nameKey);
    if (sameNameInFile !== undefined) {
      idMap.set(tag.id, sameNameInFile);
      return skip(`duplicate name "${tag.name}"; its annotations use the first tag with this name`);
    }
    const former = formerIds.get(tag.id);
    const mine =
      localById.get(tag.id) ??
      (former === undefined ? undefined : localById.get(former)) ??
      localByKey.get(tag.nameKey);
    const finalId = mine?.id ?? tag.id;
    idMap.set(tag.id, finalId);
    fileByKey.set(tag.nameKey, finalId);
    if (!mine) return void accepted.push({ tag, index, isNew: true });
    if (mine.id !== tag.id || sameTag(tag, mine)) return void plan.unchanged++;
    if (mode === 'merge') {
      return skip('a tag with this id is in the codebook; the local one is kept');
    }
    accepted.push({ tag, index, isNew: false });
  });

  const keptIds = new Set(idMap.values());
  const finalIds = mode === 'merge' ? new Set([...localById.keys(), ...keptIds]) : keptIds;
  const resolved: Accepted[] = [];
  for (const { tag, index, isNew } of accepted) {
    let parentId = tag.parentId === null ? null : (idMap.get(tag.parentId) ?? tag.parentId);
    if (parentId !== null && (parentId === tag.id || !finalIds.has(parentId))) {
      warnings.push({
        kind: 'tag',
        index,
        id: tag.id,
        message: `tag ${index}: its parent tag ${tag.parentId} is not in the file or the codebook; it becomes a top-level tag`,
      });
      parentId = null;
    }
    resolved.push({ tag: parentId === tag.parentId ? tag : { ...tag, parentId }, index, isNew });
  }
  const writtenIds = new Set(resolved.map((entry) => entry.tag.id));
  // The local tags that stay as they are: all of them on 'merge', the ones the file keeps on 'replace'.
  const kept = existing.filter(
    (tag) => !writtenIds.has(tag.id) && (mode === 'merge' || keptIds.has(tag.id)),
  );
  const ruled = enforceTagRules(resolved, kept);
  warnings.push(...ruled.warnings);
  ruled.tags.forEach((tag, i) => (resolved[i]?.isNew ? plan.add : plan.change).push(tag));
  if (mode === 'replace') plan.remove.push(...existing.filter((tag) => !keptIds.has(tag.id)));

  return {
    plan,
    warnings,
    resolve: (fileTagId) =>
      idMap.get(fileTagId) ?? (finalIds.has(fileTagId) ? fileTagId : undefined),
  };
}
