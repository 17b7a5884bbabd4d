import { foldText } from '../text/fold';
import { searchTerms } from './query';

/** A text to search: an article's canonical text, with what to call it. */
export interface Searchable {
  id: string;
  title: string;
  text: string;
}

export interface TextHit {
  start: number;
  end: number;
  /** Up to `contextLength` characters around the hit, cut at word boundaries. */
  before: string;
  match: string;
  after: string;
}

/**
 * Case- and accent-insensitive folding that keeps the string's length, so offsets found in the
 * folded text are offsets in the original (a character whose folding would change the length is
 * kept as it is).
 */
export function foldKeepingOffsets(text: string): string {
  // ASCII letters fold by lower-casing; only other characters go through Unicode folding (once
  // per distinct character), so a corpus of millions of characters folds in one quick pass.
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const point = text.codePointAt(i) as number;
    out += text.slice(plainFrom, i).toLowerCase() + foldedCharacter(point);
    i += point > 0xffff ? 1 : 0;
    plainFrom = i + 1;
  }
  return out + text.slice(plainFrom).toLowerCase();
}

const foldedCharacters = new Map<number, string>();

/** One character folded, or itself when folding would change its length. */
function foldedCharacter(point: number): string {
  let folded = foldedCharacters.get(point);
  if (folded === undefined) {
    const ch = String.fromCodePoint(point);
    const candidate = foldText(ch);
    folded = candidate.length === ch.length ? candidate : ch;
    foldedCharacters.set(point, folded);
  }
  return folded;
}

function contextAround(text: string, start: number, end: number, length: number) {
  let from = Math.max(0, start - length);
  let to = Math.min(text.length, end + length);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + clean(text.slice(from, start)),
    match: text.slice(start, end),
    after: clean(text.slice(end, to)) + (to < text.length ? '…' : ''),
  };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (
    let at = haystack.indexOf(needle);
    at >= 0;
    at = haystack.indexOf(needle, at + needle.length)
  )
    found.push(at);
  return found;
}

/**
 * How many times the folded terms occur in a folded text (each term's occurrences, without
 * overlaps); 0 when any term is missing, as findInText finds nothing then.
 */
export function countMatches(folded: string, foldedTerms: readonly string[]): number {
  let total = 0;
  for (const term of foldedTerms) {
    const found = occurrences(folded, term).length;
    if (found === 0) return 0;
    total += found;
  }
  return total;
}

/**
 * Where `query` matches `text`: every word of it must occur somewhere in the text (AND), a
 * "quoted phrase" as a whole; case and accents are ignored. Returns every occurrence of every
 * term, in text order and without overlaps, at most `limit`; nothing when a term is missing.
 * Offsets are UTF-16 offsets into the unchanged text.
 */
export function findInText(
  text: string,
  query: string,
  options: {
    limit?: number;
    contextLength?: number;
    /** foldKeepingOffsets(text), when the caller keeps it (the search index does). */
    folded?: string;
  } = {},
): TextHit[] {
  const terms = searchTerms(query).map(foldKeepingOffsets);
  if (terms.length === 0) return [];
  const haystack = options.folded ?? foldKeepingOffsets(text);
  const spans: [number, number][] = [];
  for (const term of terms) {
    const found = occurrences(haystack, term);
    if (found.length === 0) return [];
    for (const at of found) spans.push([at, at + term.length]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const hits: TextHit[] = [];
  const limit = options.limit ?? 1000;
  let lastEnd = -1;
  for (const [start, end] of spans) {
    if (start < lastEnd) continue;
    if (hits.length >= limit) break;
    lastEnd = end;
    hits.push({ start, end, ...contextAround(text, start, end, options.contextLength ?? 60) });
  }
  return hits;
}

export interface ArticleResult {
  id: string;
  title: string;
  total: number;
  hits: TextHit[];
}

/** Searches many texts; articles without a hit are left out. Each keeps at most `perArticle` hits. */
export function searchArticles(
  articles: readonly Searchable[],
  query: string,
  perArticle = 5,
): ArticleResult[] {
  return articles
    .map((a) => {
      const all = findInText(a.text, query);
      return { id: a.id, title: a.title, total: all.length, hits: all.slice(0, perArticle) };
    })
    .filter((r) => r.total > 0);
}
