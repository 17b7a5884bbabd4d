/** How a line of an article is read: the story itself, page furniture, or the author's name. */
export type ParagraphKind = 'body' | 'subhead' | 'meta' | 'chrome' | 'byline';

/** One non-empty line of the canonical text. `text === canonical.slice(start, end)`. */
export interface Paragraph {
  /** UTF-16 offset of the first character in the canonical text. */
  start: number;
  /** UTF-16 offset one past the last character (the newline is not included). */
  end: number;
  text: string;
  kind: ParagraphKind;
}

/** What the parser reads out of a canonical text. */
export interface ParsedArticle {
  title: string;
  /** Outlet name, or null when neither the text nor the override table tells it. */
  source: string | null;
  /** BCP 47 language tag, e.g. "en" or "fr". */
  language: string;
  /** ISO date (YYYY-MM-DD) when the text states one. */
  date: string | null;
  byline: string | null;
  wordCount: number;
  paragraphs: Paragraph[];
}

/** One entry of public/seeds/manifest.json (and the shape of user documents, minus the text). */
export interface ManifestEntry {
  id: string;
  file: string;
  title: string;
  source: string | null;
  language: string;
  date: string | null;
  byline: string | null;
  wordCount: number;
  byteLength: number;
  sha256: string;
}

export interface Manifest {
  version: 1;
  generatedAt: string;
  articles: ManifestEntry[];
}
