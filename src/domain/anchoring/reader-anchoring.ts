import type { AnchorStatus, Annotation, TextRange } from '../model';
import { reanchor } from './reanchor';

/** An annotation as the reader finds it in the article's current text. */
export interface AnchoredAnnotation {
  annotation: Annotation;
  /** exact / moved / fuzzy (awaiting confirmation) / orphan (not found). */
  status: AnchorStatus;
  /** Where it is now; empty for an orphan. For a fuzzy match, the proposed place. */
  ranges: TextRange[];
}

/** Re-anchoring results worth storing for one annotation: its ranges, status and text hash. */
export interface ReanchorWrite {
  id: string;
  ranges: TextRange[];
  status: AnchorStatus;
  textHash: string;
}

/**
 * Finds a stored annotation in the article's current text for the reader ({@link reanchor}).
 * A highlight re-saved after it moved keeps saying 'moved' until the user edits it.
 */
export function anchorForReader(
  annotation: Annotation,
  text: string,
  textHash: string,
): AnchoredAnnotation {
  const { status, anchors } = reanchor(annotation, text, textHash);
  if (status === 'orphan') return { annotation, status: 'orphan', ranges: [] };
  const ranges = anchors.flatMap((anchor) => (anchor.range ? [anchor.range] : []));
  const shown = status === 'exact' && annotation.status === 'moved' ? 'moved' : status;
  return { annotation, status: shown, ranges };
}

/**
 * What the reader stores after anchoring an article whose text hashes to `textHash`: moved
 * highlights at their new offsets with the new hash, and annotations newly lost as orphans
 * (kept, with their old ranges, never dropped). Fuzzy matches wait for the user to confirm;
 * an annotation already stored as it was found needs no write, so storing the result and
 * anchoring again writes nothing more.
 */
export function reanchorWrites(
  anchored: readonly AnchoredAnnotation[],
  textHash: string,
): ReanchorWrite[] {
  const writes: ReanchorWrite[] = [];
  for (const { annotation, status, ranges } of anchored) {
    if (status === 'moved' && annotation.textHash !== textHash) {
      writes.push({ id: annotation.id, ranges, status: 'moved', textHash });
    } else if (status === 'orphan' && annotation.status !== 'orphan') {
      const { id, ranges: stored, textHash: storedHash } = annotation;
      writes.push({ id, ranges: stored, status: 'orphan', textHash: storedHash });
    }
  }
  return writes;
}
