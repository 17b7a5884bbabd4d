import type { AnchorStatus, Annotation, TextRange } from '../model';

/*
 * What re-anchoring writes back, apart from the anchoring itself: src/db imports this module,
 * and the search code (fuzzy matching) stays out of the first JavaScript the app loads.
 */

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
