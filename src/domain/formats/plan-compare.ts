import type { Annotation, DocumentRecord, Tag } from '../model';
import { copyAnnotation, copyDocument, copyMemo, copyTag } from './native-records';
import type { ArticleMemo } from './types';

/** True when two annotations hold the same values in every field. */
export function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return JSON.stringify(copyAnnotation(a)) === JSON.stringify(copyAnnotation(b));
}

/** True when two tags hold the same values in every field. */
export function sameTag(a: Tag, b: Tag): boolean {
  return JSON.stringify(copyTag(a)) === JSON.stringify(copyTag(b));
}

/** True when two memos hold the same values in every field. */
export function sameMemo(a: ArticleMemo, b: ArticleMemo): boolean {
  return JSON.stringify(copyMemo(a)) === JSON.stringify(copyMemo(b));
}

/** True when two documents hold the same values in every field. */
export function sameDocument(a: DocumentRecord, b: DocumentRecord): boolean {
  return JSON.stringify(copyDocument(a)) === JSON.stringify(copyDocument(b));
}

/** True when ISO date-time `a` is strictly later than `b`. */
export function isNewer(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}
