export { CodebookError, type CodebookField } from './errors';
export { MAX_TAG_NAME_LENGTH, normalizeTagName, tagNameKey, validateTagName } from './names';
export { RESERVED_HOTKEYS, findTagByHotkey, hotkeyKey, validateHotkey } from './hotkeys';
export {
  HIGHLIGHT_TEXT_COLOR,
  TAG_COLORS,
  contrastRatio,
  isHexColor,
  nextTagColor,
  type TagColor,
} from './colors';
export {
  MAX_TAG_DESCRIPTION_LENGTH,
  createTag,
  updateTag,
  validateParent,
  type NewTagInput,
  type TagPatch,
} from './tags';
export { MAX_TAG_SUGGESTIONS, tagOptions, type TagOption } from './tag-options';
