export { CodebookError, type CodebookField } from './errors';
export {
  MAX_TAG_NAME_LENGTH,
  normalizeTagName,
  tagNameKey,
  tagNameProblem,
  validateTagName,
  withoutInvisible,
} from './names';
export {
  RESERVED_HOTKEYS,
  findTagByHotkey,
  hotkeyKey,
  hotkeyProblem,
  validateHotkey,
} from './hotkeys';
export {
  DEFAULT_HIGHLIGHT_COLOR,
  HIGHLIGHT_TEXT_COLOR,
  TAG_COLORS,
  highlightColor,
  contrastRatio,
  isHexColor,
  nextTagColor,
  type TagColor,
} from './colors';
export { tagsById, tagsOf } from './lookup';
export {
  childrenByParent,
  codebookOrder,
  compareTagsByName,
  effectiveParent,
  type CodebookRow,
} from './order';
export {
  MAX_TAG_DESCRIPTION_LENGTH,
  createTag,
  updateTag,
  validateParent,
  type NewTagInput,
  type TagPatch,
} from './tags';
export { MAX_TAG_SUGGESTIONS, tagOptions, type TagOption } from './tag-options';
