import type { Tag } from '../model';
import { isHexColor, nextTagColor } from './colors';
import { CodebookError } from './errors';
import { validateHotkey } from './hotkeys';
import { normalizeTagName, tagNameKey, validateTagName } from './names';

/** Longest tag description, in UTF-16 code units. */
export const MAX_TAG_DESCRIPTION_LENGTH = 2000;

/** What a user supplies for a new tag; everything but the name has a default. */
export interface NewTagInput {
  name: string;
  color?: string | undefined;
  description?: string | undefined;
  hotkey?: string | null | undefined;
  parentId?: string | null | undefined;
}

/** The fields of a tag that can be edited; absent fields stay as they are. */
export type TagPatch = Partial<NewTagInput>;

/**
 * Checks a proposed parent. The codebook has one level of hierarchy: a parent
 * must exist and be top-level, and a tag with sub-tags cannot become a sub-tag.
 * @returns a message for the user, or null when the parent is fine
 */
export function validateParent(
  parentId: string | null,
  existing: readonly Tag[],
  selfId?: string,
): string | null {
  if (parentId === null) return null;
  if (parentId === selfId) return 'A tag cannot be its own parent.';
  const parent = existing.find((tag) => tag.id === parentId);
  if (!parent) return 'The parent tag does not exist.';
  if (parent.parentId !== null) {
    return `"${parent.name}" is itself a sub-tag; tags can only be nested one level deep.`;
  }
  const self = selfId === undefined ? undefined : existing.find((tag) => tag.id === selfId);
  if (self && existing.some((tag) => tag.parentId === self.id)) {
    return `"${self.name}" has sub-tags, so it cannot be placed under another tag.`;
  }
  return null;
}

function checked<T>(field: CodebookError['field'], message: string | null, value: T): T {
  if (message !== null) throw new CodebookError(field, message);
  return value;
}

function checkColor(color: string): string {
  return checked(
    'color',
    isHexColor(color) ? null : 'A colour must look like #rrggbb.',
    color.toLowerCase(),
  );
}

function checkDescription(description: string): string {
  const trimmed = description.trim();
  const message =
    trimmed.length > MAX_TAG_DESCRIPTION_LENGTH
      ? `A description can have at most ${MAX_TAG_DESCRIPTION_LENGTH} characters.`
      : null;
  return checked('description', message, trimmed);
}

function checkHotkey(
  hotkey: string | null,
  existing: readonly Tag[],
  selfId: string,
): string | null {
  return checked('hotkey', validateHotkey(hotkey, existing, selfId), hotkey === '' ? null : hotkey);
}

/**
 * Builds a new tag after checking it against the codebook.
 * @param existing every tag already in the codebook
 * @throws CodebookError naming the field that broke a rule
 */
export function createTag(
  input: NewTagInput,
  existing: readonly Tag[],
  now: Date,
  id: string,
): Tag {
  const name = checked(
    'name',
    validateTagName(input.name, existing, id),
    normalizeTagName(input.name),
  );
  return {
    id,
    name,
    nameKey: tagNameKey(name),
    color: input.color === undefined ? nextTagColor(existing) : checkColor(input.color),
    description: checkDescription(input.description ?? ''),
    hotkey: checkHotkey(input.hotkey ?? null, existing, id),
    parentId: checked(
      'parentId',
      validateParent(input.parentId ?? null, existing, id),
      input.parentId ?? null,
    ),
    createdAt: now.toISOString(),
  };
}

/**
 * Applies an edit to a tag, re-checking every field the patch touches.
 * @param existing every tag in the codebook (may include `tag` itself)
 * @throws CodebookError naming the field that broke a rule
 */
export function updateTag(tag: Tag, patch: TagPatch, existing: readonly Tag[]): Tag {
  const next: Tag = { ...tag };
  if (patch.name !== undefined) {
    next.name = checked(
      'name',
      validateTagName(patch.name, existing, tag.id),
      normalizeTagName(patch.name),
    );
    next.nameKey = tagNameKey(next.name);
  }
  if (patch.color !== undefined) next.color = checkColor(patch.color);
  if (patch.description !== undefined) next.description = checkDescription(patch.description);
  if (patch.hotkey !== undefined) next.hotkey = checkHotkey(patch.hotkey, existing, tag.id);
  if (patch.parentId !== undefined) {
    next.parentId = checked(
      'parentId',
      validateParent(patch.parentId, existing, tag.id),
      patch.parentId,
    );
  }
  return next;
}
