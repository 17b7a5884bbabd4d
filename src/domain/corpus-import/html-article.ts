import { Readability } from '@mozilla/readability';
import { readImportDate } from './dates';
import type { ImportDraft } from './draft';
import { languageProblem, normaliseLanguage } from './language-tag';

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th, dt, dd';

function metaContent(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value =
      doc.querySelector(selector)?.getAttribute('content') ??
      doc.querySelector(selector)?.getAttribute('href');
    if (value && value.trim() !== '') return value.trim();
  }
  return null;
}

function oneLine(value: string | null | undefined): string | null {
  const line = (value ?? '').replace(/\s+/gu, ' ').trim();
  return line === '' ? null : line;
}

/**
 * The article's paragraphs, one per line with a blank line between: every block element that
 * holds no other block (so a quote's paragraphs are not repeated), its whitespace collapsed.
 */
function paragraphsOf(content: Element): string[] {
  const lines: string[] = [];
  for (const block of Array.from(content.querySelectorAll(BLOCKS))) {
    if (block.querySelector(BLOCKS)) continue;
    const line = oneLine(block.textContent);
    if (line !== null) lines.push(line);
  }
  if (lines.length === 0) {
    const all = oneLine(content.textContent);
    if (all !== null) lines.push(all);
  }
  return lines;
}

/**
 * Reads a saved web page as an article with Mozilla Readability (Firefox's reader view): the
 * text is the extracted paragraphs, one per line and a blank line apart, headed by the title;
 * title, byline, site name (as outlet), published date and language come from the page and its
 * meta tags; the URL from its canonical link or og:url. `doc` is parsed by the caller and is
 * changed by Readability, so pass a fresh one.
 * @returns null when the page holds no readable text
 */
export function htmlArticle(doc: Document, file: string): ImportDraft | null {
  const url = metaContent(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const published = metaContent(doc, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[itemprop="datePublished"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
  ]);
  const pageLanguage = oneLine(doc.documentElement.getAttribute('lang'));
  const article = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
  if (!article?.content) return null;
  const title = oneLine(article.title) ?? oneLine(doc.title);
  const paragraphs = paragraphsOf(article.content);
  if (title !== null && paragraphs[0] !== title) paragraphs.unshift(title);
  const text = paragraphs.join('\n\n');
  if (oneLine(text) === null) return null;
  const date = readImportDate(published ?? oneLine(article.publishedTime) ?? '');
  const language = pageLanguage ?? oneLine(article.lang);
  return {
    origin: file,
    file,
    text,
    title,
    source: oneLine(article.siteName),
    date: date.ok ? date.date : null,
    language:
      language !== null && languageProblem(language) === null ? normaliseLanguage(language) : null,
    url,
    byline: oneLine(article.byline),
    metadata: [],
  };
}
