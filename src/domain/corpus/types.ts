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

/** Where an article comes from: the bundled corpus, or the user's own documents. */
export type ArticleOrigin = 'bundled' | 'imported';

/**
 * An article's metadata, the one description of an article in the app (docs/architecture.md
 * "Articles"): bundled ones come from public/seeds/manifest.json, imported ones from the user's
 * documents. Its text is read apart, only when needed (src/db/corpus).
 */
export interface Article {
  id: string;
  /** The file it came from: a seed's file name, an uploaded file's, or "pasted.txt". */
  file: string;
  title: string;
  /** The outlet, or null when nothing tells it. */
  source: string | null;
  /** BCP 47 language tag. */
  language: string;
  /** ISO date (YYYY-MM-DD) when known. */
  date: string | null;
  byline: string | null;
  wordCount: number;
  byteLength: number;
  /** SHA-256 (hex) of the canonical text, as annotations record it. */
  textHash: string;
  origin: ArticleOrigin;
  /** Where it was published, when known (imported articles). */
  url?: string | undefined;
}

/** An article with its canonical text, for what reads texts: exports, imports, agreement. */
export interface ArticleWithText extends Article {
  /** The canonical text, exactly as decoded; every offset points into it. */
  text: string;
}

export interface Manifest {
  version: 1;
  generatedAt: string;
  articles: Article[];
}
