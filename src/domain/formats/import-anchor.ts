import { describeRange, reanchor } from '../anchoring';
import { splitsSurrogatePair } from '../text/surrogates';
import type { Annotation } from '../model';
import type { KnownText } from './types';

/** An imported annotation placed in the local text of its article, or why it cannot be. */
export type AnchorOutcome = { ok: true; annotation: Annotation } | { ok: false; reason: string };

function rangeName(annotation: Annotation, index: number): string {
  return annotation.ranges.length > 1 ? ` (ranges[${index}])` : '';
}

/**
 * Checks an imported annotation against the local text of its article.
 *
 * - Offsets past the end of a text whose hash matches the one the
 *   annotation was written against are an error in the file: skipped.
 * - A quote that is not at its offsets (or a text that changed) is searched
 *   for like the reader does on open (reanchor): found → the range is
 *   re-described and the status becomes 'moved' or 'fuzzy'; not found →
 *   skipped with "quote not found".
 * - An annotation the file already marks 'orphan' is kept as it is, as the
 *   reader keeps orphans ("never silently dropped").
 *
 * When every range holds, the annotation is returned unchanged, so a backup
 * round-trips exactly.
 */
export function anchorImported(annotation: Annotation, article: KnownText): AnchorOutcome {
  if (annotation.status === 'orphan') return { ok: true, annotation };
  const hashMatches = annotation.textHash === article.textHash;
  const length = article.text.length;
  const { anchors, placed } = reanchor(annotation, article.text, article.textHash);

  for (const [index, range] of annotation.ranges.entries()) {
    const beyond = range.end > length;
    const beyondMessage = `\`ranges[${index}].end\` is beyond the end of the article (length ${length})`;
    if (beyond && hashMatches) return { ok: false, reason: beyondMessage };
    if (anchors[index]?.range == null) {
      const reason = beyond
        ? `${beyondMessage} and its quote was not found`
        : `quote not found${rangeName(annotation, index)}`;
      return { ok: false, reason };
    }
  }
  // Every range was found, so placed is set: the annotation itself when nothing moved.
  return { ok: true, annotation: wholeCodePoints(placed ?? annotation, article.text) };
}

/**
 * A boundary inside a surrogate pair (which a file can hold, the DOM never gives) is widened to
 * the whole code point, as for a selection: no export may then write a lone surrogate.
 */
function wholeCodePoints(annotation: Annotation, text: string): Annotation {
  const splits = annotation.ranges.some(
    (r) => splitsSurrogatePair(text, r.start) || splitsSurrogatePair(text, r.end),
  );
  if (!splits) return annotation;
  return {
    ...annotation,
    ranges: annotation.ranges.map((r) => describeRange(text, r.start, r.end)),
  };
}
