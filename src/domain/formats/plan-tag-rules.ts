import { effectiveParent, hotkeyKey } from '../codebook';
import type { Tag } from '../model';
import type { PlanWarning } from './plan-types';

/** A tag the plan will write, where it sits in the file, and whether it is new. */
export interface AcceptedTag {
  tag: Tag;
  index: number;
  isNew: boolean;
}

/**
 * Applies the codebook's cross-record rules to the tags an import will write, the way the form
 * applies them to one edit: one level of nesting (a tag whose parent is itself a sub-tag, or
 * two tags naming each other, become top-level) and hotkeys unique regardless of case (a later
 * duplicate loses its hotkey). Each change is a warning in the preview. Linear in the codebook.
 * @param kept the local tags that stay after the import (not replaced by one in `accepted`)
 */
export function enforceTagRules(
  accepted: readonly AcceptedTag[],
  kept: readonly Tag[],
): { tags: Tag[]; warnings: PlanWarning[] } {
  const warnings: PlanWarning[] = [];
  const warn = (entry: AcceptedTag, message: string) =>
    warnings.push({
      kind: 'tag',
      index: entry.index,
      id: entry.tag.id,
      message: `tag ${entry.index}: ${message}`,
    });

  const final = new Map<string, Tag>(kept.map((tag) => [tag.id, tag]));
  for (const entry of accepted) final.set(entry.tag.id, entry.tag);

  // Nesting, in file order: a parent must be top-level when its child is placed under it.
  const hasChildren = new Set<string>();
  for (const entry of accepted) {
    const tag = final.get(entry.tag.id) ?? entry.tag;
    if (tag.parentId === null) continue;
    const parent = effectiveParent(tag, final);
    if (!parent || hasChildren.has(tag.id)) {
      warn(
        entry,
        'its parent is itself a sub-tag (tags nest one level deep); it becomes a top-level tag',
      );
      final.set(tag.id, { ...tag, parentId: null });
    } else {
      hasChildren.add(parent.id);
    }
  }
  // A kept tag or an earlier one that is a parent cannot also be a child: flatten the child.
  for (const entry of accepted) {
    const tag = final.get(entry.tag.id) ?? entry.tag;
    const parent = tag.parentId === null ? undefined : final.get(tag.parentId);
    if (tag.parentId !== null && (!parent || parent.parentId !== null)) {
      warn(
        entry,
        'its parent is itself a sub-tag (tags nest one level deep); it becomes a top-level tag',
      );
      final.set(tag.id, { ...tag, parentId: null });
    }
  }

  // Hotkeys: local tags that stay keep theirs; in the file, the first one wins.
  const hotkeys = new Map<string, Tag>();
  for (const tag of kept) if (tag.hotkey !== null) hotkeys.set(hotkeyKey(tag.hotkey), tag);
  for (const entry of accepted) {
    const tag = final.get(entry.tag.id) ?? entry.tag;
    if (tag.hotkey === null) continue;
    const owner = hotkeys.get(hotkeyKey(tag.hotkey));
    if (owner && owner.id !== tag.id) {
      warn(
        entry,
        `hotkey "${tag.hotkey}" is already used by the tag "${owner.name}"; it is imported without a hotkey`,
      );
      final.set(tag.id, { ...tag, hotkey: null });
    } else {
      hotkeys.set(hotkeyKey(tag.hotkey), tag);
    }
  }
  return { tags: accepted.map((entry) => final.get(entry.tag.id) ?? entry.tag), warnings };
}
