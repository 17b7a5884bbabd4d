export * from './contract';
export {
  boundaryToOffset,
  offsetToDomPoint,
  offsetsToRange,
  rangeToOffsets,
  selectionOffsets,
} from './text-range';
export { SelectionObserver, type SelectionCallback } from './selection-observer';
export { caretMoveForKey, type CaretMove } from './keyboard-selection';
export { ReaderCaret, caretOffset, caretStartOffset, placeCaret, type CaretView } from './caret';
export { caretAnnouncement, selectionAnnouncement } from './caret-words';
export { isEditable } from './editable';
