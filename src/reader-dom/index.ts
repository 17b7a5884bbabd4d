export * from './contract';
export {
  boundaryToOffset,
  offsetToDomPoint,
  offsetsToRange,
  rangeToOffsets,
  selectionOffsets,
} from './text-range';
export { SelectionObserver, type SelectionCallback } from './selection-observer';
export { extendSelectionByKey } from './keyboard-selection';
export { isEditable } from './editable';
