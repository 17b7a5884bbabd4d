/** A contiguous span of an article's canonical text, in UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
  /** The quoted text: canonical.slice(start, end) when written. */
  exact: string;
  /** Up to 32 characters before `start`. */
  prefix: string;
  /** Up to 32 characters after `end`. */
  suffix: string;
}

/** How an annotation's ranges were found again when its article was opened. */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphan';

export interface Annotation {
  id: string;
  articleId: string;
  /** SHA-256 (hex) of the article's canonical text at the time of writing. */
  textHash: string;
  ranges: TextRange[];
  tagIds: string[];
  note: string;
  /** Explicit colour; when null the colour of the first tag is used. */
  color: string | null;
  createdAt: string;
  updatedAt: string;
  status: AnchorStatus;
  /** Who wrote it, when it came from another person's file (a Hypothesis user, a REFI-QDA user). */
  creator?: string | undefined;
  /** The coder whose layer this annotation belongs to (see ./coders). */
  coderId: string;
}

export interface Tag {
  id: string;
  name: string;
  /** Lower-cased, trimmed name: unique across the codebook. */
  nameKey: string;
  color: string;
  description: string;
  /** A single key that highlights and tags the selection, or null. */
  hotkey: string | null;
  parentId: string | null;
  createdAt: string;
}

/**
 * How a user's document is stored, in IndexedDB and in native backups: the metadata of its
 * Article (the text's hash under its stored name, `sha256`), its canonical text and when it was
 * added. The app reads it as an Article through `documentArticle` (src/domain/corpus/article.ts).
 */
export interface DocumentRecord {
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
  /** The canonical text, exactly as decoded; every offset points into it. */
  text: string;
  createdAt: string;
  /** Where the article was published, when the import told it. */
  url?: string | undefined;
  /** Free key/value metadata kept from an import (extra table columns), in column order. */
  metadata?: { key: string; value: string }[] | undefined;
}

/** A note on a whole article (seed or user document), kept apart from its annotations. */
export interface ArticleMemo {
  articleId: string;
  /** Plain text (Markdown allowed, rendered safely); never empty: an empty memo is deleted. */
  text: string;
  updatedAt: string;
}

/**
 * A user's document as the `articles` table holds it since schema version 4: its metadata
 * only. The text lives in the `texts` table, so listing the library reads no text.
 */
export type DocumentMeta = Omit<DocumentRecord, 'text'>;

/** One document's canonical text, in the `texts` table, keyed by the document's id. */
export interface DocumentText {
  id: string;
  text: string;
}

/** The metadata fields a user can change on any article, bundled or imported. */
export interface ArticleDetailFields {
  title: string;
  source: string | null;
  date: string | null;
  language: string;
  url: string | null;
  byline: string | null;
}

/**
 * The user's edits to a bundled article's metadata, kept beside the manifest (which is never
 * changed): each field present replaces the manifest's value. The text is never touched.
 */
export interface MetadataOverride extends Partial<ArticleDetailFields> {
  articleId: string;
  updatedAt: string;
}

/** A named set of articles ("Week 1", "State media"): a filter in the library. */
export interface ArticleSet {
  id: string;
  name: string;
  /** Lower-cased, trimmed name: unique among sets. */
  nameKey: string;
  articleIds: string[];
  createdAt: string;
}
