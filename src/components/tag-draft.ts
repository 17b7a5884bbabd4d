import {
  CodebookError,
  validateHotkey,
  validateParent,
  validateTagName,
  type CodebookField,
} from '../domain/codebook';
import type { Tag } from '../domain/model';
import { errorMessage } from '../domain/error-message';

/** What the tag form holds while the user types; '' means "none" for hotkey and parent. */
export interface TagDraft {
  name: string;
  color: string;
  description: string;
  hotkey: string;
  parentId: string;
}

/** One message per field that broke a codebook rule, plus one for anything else. */
export type DraftErrors = Partial<Record<CodebookField | 'form', string>>;

/** The order the fields appear in, so focus goes to the first invalid one. */
export const FIELD_ORDER: readonly CodebookField[] = [
  'name',
  'color',
  'description',
  'hotkey',
  'parentId',
];

export function draftFromTag(tag: Tag): TagDraft {
  return {
    name: tag.name,
    color: tag.color,
    description: tag.description,
    hotkey: tag.hotkey ?? '',
    parentId: tag.parentId ?? '',
  };
}

/** Every field of a tag a user sets; fits both create() and update(). */
export interface TagInput {
  name: string;
  color: string;
  description: string;
  hotkey: string | null;
  parentId: string | null;
}

/** The draft as repo input: empty hotkey and parent become null. */
export function draftToInput(draft: TagDraft): TagInput {
  return {
    name: draft.name,
    color: draft.color,
    description: draft.description,
    hotkey: draft.hotkey === '' ? null : draft.hotkey,
    parentId: draft.parentId === '' ? null : draft.parentId,
  };
}

/**
 * Checks a draft against the codebook before anything is written, so the user
 * sees every problem at once. The repo checks again inside its transaction.
 * @param selfId the tag being edited, if any
 */
export function checkDraft(draft: TagDraft, tags: readonly Tag[], selfId?: string): DraftErrors {
  const input = draftToInput(draft);
  const errors: DraftErrors = {};
  const name = validateTagName(input.name, tags, selfId);
  if (name !== null) errors.name = name;
  const hotkey = validateHotkey(input.hotkey, tags, selfId);
  if (hotkey !== null) errors.hotkey = hotkey;
  const parent = validateParent(input.parentId, tags, selfId);
  if (parent !== null) errors.parentId = parent;
  return errors;
}

/** Turns a failed write into messages: codebook rules per field, anything else for the form. */
export function errorsFromFailure(error: unknown): DraftErrors {
  if (error instanceof CodebookError) return { [error.field]: error.message };
  return { form: `The tag could not be saved. ${errorMessage(error)}` };
}

export function firstInvalidField(errors: DraftErrors): CodebookField | undefined {
  return FIELD_ORDER.find((field) => errors[field] !== undefined);
}
