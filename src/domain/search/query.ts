/**
 * Splits a search into its terms: words, and "quoted phrases" kept whole. Quotes may be straight
 * or typographic; an unclosed quote runs to the end.
 */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  const pattern = /["“”„«»]([^"“”„«»]*)["“”„«»]?|(\S+)/gu;
  for (const match of query.matchAll(pattern)) {
    const term = (match[1] ?? match[2] ?? '').replace(/\s+/gu, ' ').trim();
    if (term) terms.push(term);
  }
  return terms;
}
