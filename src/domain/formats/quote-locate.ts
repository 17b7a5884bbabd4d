import type { KnownArticles } from './types';
import type { ParsedTarget } from './w3c-import-target';

/** Finds articles for targets whose source is a page Gloss does not know by address. */
export interface QuoteLocator {
  locate(targets: readonly ParsedTarget[], articles: KnownArticles): string | null;
  /** Each page address matched so far, with the article it went to. */
  matches(): ReadonlyMap<string, string>;
}

function holds(text: string, target: ParsedTarget): boolean {
  return target.quote !== null && text.includes(target.quote.exact);
}

function holdsInContext(text: string, target: ParsedTarget): boolean {
  const q = target.quote;
  return q !== null && text.includes(`${q.prefix}${q.exact}${q.suffix}`);
}

/**
 * Matches a page address to an article by quote: the first annotation of a
 * page whose quote is in exactly one article (or, when it is in several,
 * whose quote with its prefix and suffix is in exactly one) decides, and
 * later annotations of the same page go there when their quote is there
 * too. A page note (no quote) follows its page's annotations. An address
 * is tried as a match key first, so a URL match can be added in front of
 * the quote search without changing callers.
 */
export function locateByQuote(): QuoteLocator {
  const byPage = new Map<string, string>();
  return {
    matches: () => byPage,
    locate(targets, articles) {
      const page = targets[0]?.source ?? '';
      const known = byPage.get(page);
      const quoted = targets.filter((t) => t.quote !== null);
      if (known !== undefined) {
        const text = articles.get(known)?.text ?? '';
        if (quoted.every((t) => holds(text, t))) return known;
      }
      if (quoted.length === 0) return known ?? null;
      const candidates = [...articles].filter(([, a]) => quoted.every((t) => holds(a.text, t)));
      let chosen = candidates.length === 1 ? candidates[0] : undefined;
      if (!chosen && candidates.length > 1) {
        const inContext = candidates.filter(([, a]) =>
          quoted.every((t) => holdsInContext(a.text, t)),
        );
        chosen = inContext.length === 1 ? inContext[0] : undefined;
      }
      if (!chosen) return null;
      if (!byPage.has(page)) byPage.set(page, chosen[0]);
      return chosen[0];
    },
  };
}
