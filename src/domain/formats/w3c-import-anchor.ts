import { describeRange, reanchor, worstStatus } from '../anchoring';
import type { AnchorStatus, TextRange } from '../model';
import type { OffsetConverter } from '../text/units';
import type { KnownText, KnownArticles } from './types';
import type { ParsedTarget } from './w3c-import-target';
import { articleIdFromIri } from './w3c-vocab';

/** A known article with its offset converter, built once per article per import. */
export interface ConvertibleText extends KnownText {
  converter: OffsetConverter;
}

/** An annotation's targets placed in the text, or why they cannot be. */
export type TargetsAnchor =
  | {
      ok: true;
      ranges: TextRange[];
      status: AnchorStatus;
      /** A position only fits when read as UTF-16 code units (Recogito, the Hypothesis client). */
      utf16: boolean;
    }
  | { ok: false; reason: string };

/** A target as a range to find: `positioned` when the file gave its offsets. */
type TargetHint =
  { ok: true; range: TextRange; positioned: boolean; utf16?: true } | { ok: false; reason: string };

/**
 * A W3C file does not say which text its offsets were written against: a text hash that no
 * SHA-256 equals makes re-anchoring trust an offset only where quote and context agree.
 */
const UNKNOWN_TEXT_HASH = '';

/**
 * The known article a target's source names: Gloss's own
 * `urn:gloss:article:<id>`, the bare id, or an IRI whose last path segment
 * is the id or the seed's file name (`…/001_7385e71a292b6180.txt`).
 */
export function articleIdForSource(source: string, articles: KnownArticles): string | null {
  const fromUrn = articleIdFromIri(source);
  if (fromUrn !== null) return articles.has(fromUrn) ? fromUrn : null;
  if (articles.has(source)) return source;
  const queryOrFragment = source.search(/[?#]/);
  const path = queryOrFragment === -1 ? source : source.slice(0, queryOrFragment);
  const segment = path.split('/').pop() ?? '';
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A malformed escape: compare the segment as written.
  }
  const stem = decoded.replace(/\.[A-Za-z0-9]+$/, '');
  for (const candidate of [decoded, stem]) {
    if (candidate !== '' && articles.has(candidate)) return candidate;
  }
  return null;
}

/**
 * One target as a range to look for. A position (code points) whose text equals the quote,
 * or a position without a quote, is taken as it is (and described from the text); a position
 * that disagrees with the quote, or a quote without a position, is a hint for the search; a
 * position past the end with no quote is an error.
 */
function targetHint(target: ParsedTarget, article: ConvertibleText): TargetHint {
  const { text, converter } = article;
  const { quote, position } = target;
  if (!quote && !position) {
    return {
      ok: false,
      reason: `\`${target.path}\` has no TextQuoteSelector or TextPositionSelector`,
    };
  }
  // Some tools count UTF-16 code units where the model says code points: when
  // only that reading puts the quote at the position, the position is exact.
  const utf16Hit =
    position !== null &&
    quote !== null &&
    position.end <= text.length &&
    text.slice(position.start, position.end) === quote.exact;
  const asUtf16 = (): TargetHint => ({
    ok: true,
    range: describeRange(text, position?.start ?? 0, position?.end ?? 0),
    positioned: true,
    utf16: true,
  });
  if (position && position.end <= converter.codePointLength) {
    const start = converter.toUtf16(position.start);
    const end = converter.toUtf16(position.end);
    if (!quote || text.slice(start, end) === quote.exact) {
      return { ok: true, range: describeRange(text, start, end), positioned: true };
    }
    if (utf16Hit) return asUtf16();
    return { ok: true, range: { start, end, ...quote }, positioned: true };
  }
  if (utf16Hit) return asUtf16();
  if (quote) {
    const range = { start: 0, end: Math.min(quote.exact.length, text.length), ...quote };
    return { ok: true, range, positioned: position !== null };
  }
  return {
    ok: false,
    reason: `\`${position?.path ?? target.path}.end\` is beyond the end of the article (length ${converter.codePointLength} code points)`,
  };
}

/**
 * Places an annotation's targets in the article's text with {@link reanchor}, as the reader
 * re-anchors: context decides between repeats of a quote. The status is the worst of the
 * targets'; a quote found without a position did not move, so it counts as exact. The first
 * target, in order, that has no place gives the reason.
 */
export function anchorTargets(
  targets: readonly ParsedTarget[],
  article: ConvertibleText,
): TargetsAnchor {
  const where = (index: number): string =>
    targets.length > 1 ? ` (${targets[index]?.path ?? 'target'})` : '';
  const hints: Array<TargetHint & { ok: true }> = [];
  let failure: string | null = null;
  for (const target of targets) {
    const hint = targetHint(target, article);
    if (!hint.ok) {
      failure = hint.reason;
      break;
    }
    hints.push(hint);
  }
  const draft = { ranges: hints.map((hint) => hint.range), textHash: UNKNOWN_TEXT_HASH };
  const { anchors } = reanchor(draft, article.text, article.textHash);
  const lost = anchors.findIndex((anchor) => anchor.range === null);
  if (lost !== -1) return { ok: false, reason: `quote not found${where(lost)}` };
  if (failure !== null) return { ok: false, reason: failure };
  const statuses = anchors.map((anchor, index) =>
    !hints[index]?.positioned && anchor.status === 'moved' ? 'exact' : anchor.status,
  );
  const ranges = anchors.flatMap((anchor) => (anchor.range ? [anchor.range] : []));
  const utf16 = hints.some((hint) => hint.utf16 === true);
  return { ok: true, ranges, status: worstStatus(statuses), utf16 };
}
