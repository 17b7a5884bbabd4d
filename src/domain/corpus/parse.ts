import { bylineName } from './byline';
import { classifyLines } from './classify';
import { findDate } from './date';
import { detectLanguage } from './language';
import { splitLines } from './paragraphs';
import { detectSource } from './source';
import { titleFromProse, UNTITLED } from './title';
import type { Paragraph, ParsedArticle } from './types';
import { countWords } from './words';

export interface ParseOptions {
  /** The file's name ("003_160427fdb2b2b30e.txt"), used to look up the bundled-seed overrides. */
  fileName?: string;
}

function readTitle(
  paragraphs: readonly Paragraph[],
  headlineIndex: number | null,
  language: string,
): string {
  if (headlineIndex !== null) return paragraphs[headlineIndex]?.text.trim() ?? UNTITLED;
  const prose = paragraphs.find((p) => p.kind === 'body') ?? paragraphs[0];
  return prose ? titleFromProse(prose.text, language) : UNTITLED;
}

function readDate(paragraphs: readonly Paragraph[]): string | null {
  // Only timestamps of the page count: a full date inside the story ("on 12 June 2012") is
  // about the events, not the article.
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'meta') continue;
    const found = findDate(paragraph.text);
    if (found) return found.iso;
  }
  return null;
}

/**
 * Parses an article's canonical text (a seed file or a user's own document) into paragraphs
 * with offsets into the unchanged text, plus its title, outlet, language, date, byline and word
 * count. Pure and total: any string, the empty one included, gives a result.
 */
export function parseArticle(text: string, opts: ParseOptions = {}): ParsedArticle {
  const lines = splitLines(text);
  const { kinds, headlineIndex } = classifyLines(lines);
  const paragraphs: Paragraph[] = lines.map((line, i) => ({ ...line, kind: kinds[i] ?? 'body' }));
  const language = detectLanguage(text);
  const body = paragraphs.filter((p) => p.kind === 'body');
  const byline = paragraphs.find((p) => p.kind === 'byline');
  return {
    title: readTitle(paragraphs, headlineIndex, language),
    source: detectSource(text, body[0]?.text ?? null, opts.fileName),
    language,
    date: readDate(paragraphs),
    byline: byline ? bylineName(byline.text) : null,
    wordCount: paragraphs
      .filter((p) => p.kind === 'body' || p.kind === 'subhead')
      .reduce((sum, p) => sum + countWords(p.text), 0),
    paragraphs,
  };
}
