import type { AnchorStatus, Annotation, TextRange } from '../model';
import { anchorRange, type RangeAnchor } from './anchor';
import { worstStatus } from './status';

/** What {@link reanchor} needs of an annotation; importers pass drafts that are not stored. */
export type ReanchorInput = Pick<Annotation, 'ranges' | 'textHash'>;

/** Where an annotation's ranges are in the current text of its article. */
export interface Reanchoring<T extends ReanchorInput = Annotation> {
  /**
   * The worst status across the ranges: 'orphan' when any range was lost or when there is
   * no range at all (an annotation without ranges cannot be shown anywhere).
   */
  status: AnchorStatus;
  /** One entry per stored range, in order. */
  anchors: RangeAnchor[];
  /**
   * The annotation placed in the current text: the very same object when every range still
   * holds at its stored offsets; otherwise a copy with the ranges as found, `textHash` set to
   * the current text's and `status`. Null when a range was lost.
   */
  placed: T | null;
}

/**
 * Finds an annotation again in the current text of its article, whose SHA-256 is `textHash`
 * (see docs/architecture.md, "Anchoring"): each range by {@link anchorRange}, trusting the
 * stored offsets only while the hash matches or the quote's context still does. The one
 * re-anchoring rule of the app: the reader, the native import and the W3C import all use it.
 */
export function reanchor<T extends ReanchorInput>(
  annotation: T,
  text: string,
  textHash: string,
): Reanchoring<T> {
  const hashMatches = annotation.textHash === textHash;
  const anchors = annotation.ranges.map((range) => anchorRange(text, range, { hashMatches }));
  const status = worstStatus(
    anchors.map((anchor) => anchor.status),
    'orphan',
  );
  return { status, anchors, placed: placedIn(annotation, anchors, textHash, status) };
}

function placedIn<T extends ReanchorInput>(
  annotation: T,
  anchors: readonly RangeAnchor[],
  textHash: string,
  status: AnchorStatus,
): T | null {
  const ranges: TextRange[] = [];
  for (const anchor of anchors) {
    if (anchor.range === null) return null;
    ranges.push(anchor.range);
  }
  const unchanged = ranges.every((range, index) => range === annotation.ranges[index]);
  if (unchanged) return annotation;
  return { ...annotation, ranges, textHash, status };
}

/** Where an annotation's ranges were found in the current text. */
export interface AnnotationAnchor {
  /** The worst status across the ranges: 'orphan' if any range was lost. */
  status: AnchorStatus;
  /** One entry per stored range, in order; null where that range was lost. */
  ranges: Array<TextRange | null>;
}

/**
 * Anchors every range of an annotation in the current text of its article, whose SHA-256 is
 * `textHash`: {@link reanchor}, with the found ranges only.
 */
export function anchorAnnotation(
  text: string,
  textHash: string,
  annotation: Annotation,
): AnnotationAnchor {
  const { status, anchors } = reanchor(annotation, text, textHash);
  return { status, ranges: anchors.map((anchor) => anchor.range) };
}
