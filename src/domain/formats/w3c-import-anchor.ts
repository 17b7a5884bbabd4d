import { anchorRange, describeRange } from '../anchoring';
import type { AnchorStatus, TextRange } from '../model';
import type { OffsetConverter } from '../text/units';
import type { KnownArticle, KnownArticles } from './types';
import type { ParsedTarget } from './w3c-import-target';
import { articleIdFromIri } from './w3c-vocab';

/** A known article with its offset converter, built once per article per import. */
export interface ArticleText extends KnownArticle {
  converter: OffsetConverter;
}

export type TargetAnchor =
  | {
      ok: true;
      range: TextRange;
      status: AnchorStatus;
      /** The position only fits when read as UTF-16 code units (Recogito, the Hypothesis client). */
      utf16?: true;
    }
  | { ok: false; reason: string };

/**
 * The known article a target's source names: Gloss's own
 * `urn:gloss:article:<id>`, the bare id, or an IRI whose last path segment
 * is the id or the seed's file name (`…/001_7385e71a292b6180.txt`).
 */
export function articleIdForSource(source: string, articles: KnownArticles): string | null {
  const fromUrn = articleIdFromIri(source);
  if (fromUrn !== null) return articles.has(fromUrn) ? fromUrn : null;
  if (articles.has(source)) return source;
  const segment =
    source
      .replace(/[?#].*$/, '')
      .split('/')
      .pop() ?? '';
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

function searchQuote(
  text: string,
  hint: TextRange,
  positioned: boolean,
  where: string,
): TargetAnchor {
  const found = anchorRange(text, hint, { hashMatches: false });
  if (found.range === null) return { ok: false, reason: `quote not found${where}` };
  // Without a position nothing "moved": an exact find of the quote is exact.
  const status = !positioned && found.status === 'moved' ? 'exact' : found.status;
  return { ok: true, range: found.range, status };
}

function utf16Anchor(text: string, position: { start: number; end: number }): TargetAnchor {
  return {
    ok: true,
    range: describeRange(text, position.start, position.end),
    status: 'exact',
    utf16: true,
  };
}

/**
 * Places one target in the article's text. A position (code points) whose
 * text equals the quote, or a position without a quote, is taken as it is;
 * a position that disagrees with the quote, or a quote without a position,
 * is searched for like the reader re-anchors (context decides between
 * repeats); a position past the end with no quote is an error. A position
 * that misses the quote as code points but hits it exactly as UTF-16 code
 * units is taken as exact, flagged `utf16`.
 */
export function anchorTarget(
  target: ParsedTarget,
  article: ArticleText,
  many: boolean,
): TargetAnchor {
  const { text, converter } = article;
  const { quote, position } = target;
  const where = many ? ` (${target.path})` : '';
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
  if (position && position.end <= converter.codePointLength) {
    const start = converter.toUtf16(position.start);
    const end = converter.toUtf16(position.end);
    if (!quote || text.slice(start, end) === quote.exact) {
      return { ok: true, range: describeRange(text, start, end), status: 'exact' };
    }
    if (utf16Hit) return utf16Anchor(text, position);
    return searchQuote(text, { start, end, ...quote }, true, where);
  }
  if (utf16Hit) return utf16Anchor(text, position);
  if (quote) {
    const hint = { start: 0, end: Math.min(quote.exact.length, text.length), ...quote };
    return searchQuote(text, hint, position !== null, where);
  }
  return {
    ok: false,
    reason: `\`${position?.path ?? target.path}.end\` is beyond the end of the article (length ${converter.codePointLength} code points)`,
  };
}
