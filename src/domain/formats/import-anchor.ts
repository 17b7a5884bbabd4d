import { anchorRange, describeRange } from '../anchoring';
import { splitsSurrogatePair } from '../text/surrogates';
import type { AnchorStatus, Annotation, TextRange } from '../model';
import type { KnownArticle } from './types';

/** An imported annotation placed in the local text of its article, or why it cannot be. */
export type AnchorOutcome = { ok: true; annotation: Annotation } | { ok: false; reason: string };

const SEVERITY: Record<AnchorStatus, number> = { exact: 0, moved: 1, fuzzy: 2, orphan: 3 };

function rangeName(annotation: Annotation, index: number): string {
  return annotation.ranges.length > 1 ? ` (ranges[${index}])` : '';
}

/**
 * Checks an imported annotation against the local text of its article.
 *
 * - Offsets past the end of a text whose hash matches the one the
 *   annotation was written against are an error in the file: skipped.
 * - A quote that is not at its offsets (or a text that changed) is searched
 *   for like the reader does on open (anchorRange): found → the range is
 *   re-described and the status becomes 'moved' or 'fuzzy'; not found →
 *   skipped with "quote not found".
 * - An annotation the file already marks 'orphan' is kept as it is, as the
 *   reader keeps orphans ("never silently dropped").
 *
 * When every range holds, the annotation is returned unchanged, so a backup
 * round-trips exactly.
 */
export function anchorImported(annotation: Annotation, article: KnownArticle): AnchorOutcome {
  if (annotation.status === 'orphan') return { ok: true, annotation };
  const hashMatches = annotation.textHash === article.textHash;
  const length = article.text.length;
  const ranges: TextRange[] = [];
  let moved = false;
  let status: AnchorStatus = 'exact';

  for (const [index, range] of annotation.ranges.entries()) {
    const beyond = range.end > length;
    const beyondMessage = `\`ranges[${index}].end\` is beyond the end of the article (length ${length})`;
    if (beyond && hashMatches) return { ok: false, reason: beyondMessage };
    const found = anchorRange(article.text, range, { hashMatches });
    if (found.range === null) {
      const reason = beyond
        ? `${beyondMessage} and its quote was not found`
        : `quote not found${rangeName(annotation, index)}`;
      return { ok: false, reason };
    }
    let placed = found.range;
    // A boundary inside a surrogate pair (which a file can hold, the DOM never gives) is widened
    // to the whole code point, as for a selection: no export may then write a lone surrogate.
    if (
      splitsSurrogatePair(article.text, placed.start) ||
      splitsSurrogatePair(article.text, placed.end)
    )
      placed = describeRange(article.text, placed.start, placed.end);
    if (placed !== range) moved = true;
    if (SEVERITY[found.status] > SEVERITY[status]) status = found.status;
    ranges.push(placed);
  }
  if (!moved) return { ok: true, annotation };
  return { ok: true, annotation: { ...annotation, ranges, textHash: article.textHash, status } };
}
