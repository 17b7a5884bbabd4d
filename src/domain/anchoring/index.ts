export { describeRange, CONTEXT_LENGTH } from './describe';
export { anchorRange, anchorAnnotation, type RangeAnchor, type AnnotationAnchor } from './anchor';
export { MIN_FUZZY_QUOTE_LENGTH, MAX_FUZZY_ERRORS, maxErrorsFor } from './fuzzy-search';
export { anchorInText, writeBackOf, type AnchoredAnnotation, type RangeUpdate } from './write-back';
