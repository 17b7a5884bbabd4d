export { describeRange, CONTEXT_LENGTH } from './describe';
export { anchorRange, type RangeAnchor } from './anchor';
export {
  anchorAnnotation,
  reanchor,
  type AnnotationAnchor,
  type ReanchorInput,
  type Reanchoring,
} from './reanchor';
export { ANCHOR_SEVERITY, ANCHOR_STATUS_LABELS, worstStatus } from './status';
export { MIN_FUZZY_QUOTE_LENGTH, MAX_FUZZY_ERRORS, maxErrorsFor } from './fuzzy-search';
export {
  anchorForReader,
  reanchorWrites,
  type AnchoredAnnotation,
  type ReanchorWrite,
} from './reader-anchoring';
