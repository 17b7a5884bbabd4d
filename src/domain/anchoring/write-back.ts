import type { AnchorStatus, Annotation, TextRange } from '../model';
import { anchorAnnotation } from './anchor';

/** An annotation as found in its article's current text. */
export interface AnchoredAnnotation {
  annotation: Annotation;
  /** exact / moved / fuzzy (awaiting confirmation) / orphan (not found). */
  status: AnchorStatus;
  /** Where it is now; empty for an orphan. For a fuzzy match, the proposed place. */
  ranges: TextRange[];
}

/** New anchoring results for one annotation, to be stored. */
export interface RangeUpdate {
  id: string;
  ranges: TextRange[];
  status: AnchorStatus;
  textHash: string;
}

/**
 * Anchors one stored annotation in the article's current text (docs/architecture.md
 * "Anchoring"). A highlight re-saved after it moved keeps saying so until the user edits it.
 */
export function anchorInText(
  text: string,
  textHash: string,
  annotation: Annotation,
): AnchoredAnnotation {
  const result = anchorAnnotation(text, textHash, annotation);
  if (result.status === 'orphan') return { annotation, status: 'orphan', ranges: [] };
  const ranges = result.ranges.filter((r): r is TextRange => r !== null);
  const status =
    result.status === 'exact' && annotation.status === 'moved' ? 'moved' : result.status;
  return { annotation, status, ranges };
}

/**
 * What re-anchoring changes in storage: moved highlights get their new ranges and the text's
 * hash; newly lost ones are marked orphan (their ranges kept). Fuzzy matches wait for the user.
 */
export function writeBackOf(anchored: AnchoredAnnotation, textHash: string): RangeUpdate | null {
  const { annotation, status, ranges } = anchored;
  if (status === 'moved' && annotation.textHash !== textHash)
    return { id: annotation.id, ranges, status: 'moved', textHash };
  if (status === 'orphan' && annotation.status !== 'orphan')
    return {
      id: annotation.id,
      ranges: annotation.ranges,
      status: 'orphan',
      textHash: annotation.textHash,
    };
  return null;
}
