import type { Tag } from '../model';

/** One row of the codebook as lists show it: the tag and, for a sub-tag, its parent. */
export interface CodebookRow {
  tag: Tag;
  parent: Tag | undefined;
}

/**
 * The parent a tag is shown under. The codebook has one level of nesting, so a parent counts
 * only when it exists, is another tag and is itself top-level; otherwise (a missing parent, a
 * tag that names itself, two tags naming each other, a chain two deep) the tag is shown at the
 * top level, so that it can always be seen, edited and deleted.
 */
export function effectiveParent(tag: Tag, byId: ReadonlyMap<string, Tag>): Tag | undefined {
  if (tag.parentId === null || tag.parentId === tag.id) return undefined;
  const parent = byId.get(tag.parentId);
  return parent && parent.parentId === null ? parent : undefined;
}

/** Sub-tags per parent id, in the order given; one pass over the codebook. */
export function childrenByParent(tags: readonly Tag[]): Map<string, Tag[]> {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const children = new Map<string, Tag[]>();
  for (const tag of tags) {
    const parent = effectiveParent(tag, byId);
    if (!parent) continue;
    const list = children.get(parent.id);
    if (list) list.push(tag);
    else children.set(parent.id, [tag]);
  }
  return children;
}

/**
 * Top-level tags in the given order, each followed by its sub-tags: every tag exactly once, in
 * time linear in the size of the codebook.
 */
export function codebookOrder(tags: readonly Tag[]): CodebookRow[] {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const children = childrenByParent(tags);
  const rows: CodebookRow[] = [];
  for (const tag of tags) {
    if (effectiveParent(tag, byId)) continue;
    rows.push({ tag, parent: undefined });
    for (const child of children.get(tag.id) ?? []) rows.push({ tag: child, parent: tag });
  }
  return rows;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'variant' });

/** Sorts tags by name key, then id, as every list shows them. O(n log n). */
export function compareTagsByName(a: Tag, b: Tag): number {
  return collator.compare(a.nameKey, b.nameKey) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
