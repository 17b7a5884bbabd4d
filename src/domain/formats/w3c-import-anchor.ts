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
  { ok: true; range: TextRange; status: AnchorStatus } | { ok: false; reason: string };

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

/**
 * Places one target in the article's text. A position (code points) whose
 * text equals the quote, or a position without a quote, is taken as it is;
 * a position that disagrees with the quote, or a quote without a position,
 * is searched for like the reader re-anchors (context decides between
 * repeats); a position past the end with no quote is an error.
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
  if (position && position.end <= converter.codePointLength) {
    const start = converter.toUtf16(position.start);
    const end = converter.toUtf16(position.end);
    if (!quote || text.slice(start, end) === quote.exact) {
      return { ok: true, range: describeRange(text, start, end), status: 'exact' };
    }
    return searchQuote(text, { start, end, ...quote }, true, where);
  }
  if (quote) {
    const hint = { start: 0, end: Math.min(quote.exact.length, text.length), ...quote };
    return searchQuote(text, hint, position !== null, where);
  }
  return {
    ok: false,
    reason: `\`${position?.path ?? target.path}.end\` is beyond the end of the article (length ${converter.codePointLength} code points)`,
  };
}
