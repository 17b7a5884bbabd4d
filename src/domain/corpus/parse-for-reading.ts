import { classifyLines } from './classify';
import { splitLines } from './paragraphs';
import type { Article, Paragraph, ParsedArticle } from './types';

/** What an article's record already says about its text (the manifest, or a document's record). */
export type KnownMetadata = Pick<
  Article,
  'title' | 'source' | 'language' | 'date' | 'byline' | 'wordCount'
>;

/**
 * The paragraphs of an article's text for the reader, with the metadata its record already
 * holds: the title, outlet, language, date, byline and word count were read from this text when
 * the manifest was built or the document stored, so opening it does not search for them again
 * (language detection and counting words are whole-text passes). Same paragraphs as parseArticle.
 */
export function parseForReading(text: string, known: KnownMetadata): ParsedArticle {
  const lines = splitLines(text);
  const { kinds } = classifyLines(lines);
  const paragraphs: Paragraph[] = lines.map((line, i) => ({ ...line, kind: kinds[i] ?? 'body' }));
  return {
    title: known.title,
    source: known.source,
    language: known.language,
    date: known.date,
    byline: known.byline,
    wordCount: known.wordCount,
    paragraphs,
  };
}
