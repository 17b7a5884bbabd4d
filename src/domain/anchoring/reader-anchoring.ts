import type { Annotation } from '../model';
import { reanchor } from './reanchor';
import type { AnchoredAnnotation } from './reanchor-writes';

export type { AnchoredAnnotation, ReanchorWrite } from './reanchor-writes';
export { reanchorWrites } from './reanchor-writes';

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
