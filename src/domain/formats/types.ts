import type { Coder } from '../coders/coder';
import type { Annotation, ArticleMemo, StoredArticle, Tag } from '../model';

/** An article memo as the database stores it (defined with the model). */
export type { ArticleMemo } from '../model';

/**
 * An article as exporters see it: enough to name it (title, outlet, language)
 * and its canonical text, so exporters can compute code point offsets and
 * quotes. `textHash` is the SHA-256 (hex) of `text`.
 */
export interface ExportArticle {
  id: string;
  title: string;
  source: string | null;
  language: string;
  text: string;
  textHash: string;
  origin: 'seed' | 'user';
}

/**
 * Everything one export writes. Filtered exports pass a subset: exporters
 * write exactly the annotations given, and look articles and tags up by id.
 */
export interface ExportInput {
  articles: ExportArticle[];
  tags: Tag[];
  annotations: Annotation[];
  memos: ArticleMemo[];
  /** User documents with their text; only the native backup writes them. */
  userArticles: StoredArticle[];
  exportedAt: Date;
  /** The coders the annotations belong to, for attribution (W3C creator, CSV coder column). */
  coders?: readonly Coder[];
}

/** How an article is named in a native file's `articles` list. */
export interface ArticleRef {
  id: string;
  title: string;
  textHash: string;
}

/** The formats Gloss can import. */
export type ImportFormat = 'native' | 'w3c' | 'doccano';

/** The kinds of record an import holds; 'line' is a whole doccano line. */
export type RecordKind = 'annotation' | 'tag' | 'memo' | 'document' | 'line';

/**
 * A record that will not be imported, and why. `index` is the record's
 * 0-based position in its list in the file (as in `annotations[12]`), or
 * for kind 'line' the 1-based line number. `message` is `reason` prefixed
 * with the record ("annotation 12: quote not found"), ready to show.
 */
export interface SkippedRecord {
  kind: RecordKind;
  index: number;
  /** The record's id (a memo's article id; '' when the record has none). */
  id: string;
  reason: string;
  message: string;
}

/** An article the importing device knows: its canonical text and its SHA-256. */
export interface KnownArticle {
  text: string;
  textHash: string;
}

/** Known articles by id: seeds and the user's documents. */
export type KnownArticles = ReadonlyMap<string, KnownArticle>;

/**
 * A parsed and validated import file, not yet compared with local data.
 * Every record passed its schema; whether it fits the local database
 * (known article, offsets in range, newer than local) is planImport's job.
 */
export interface ImportBundle {
  format: ImportFormat;
  /** When the file says it was written (ISO 8601 with Z), if it says. */
  exportedAt: string | null;
  articles: ArticleRef[];
  tags: Tag[];
  annotations: Annotation[];
  memos: ArticleMemo[];
  documents: StoredArticle[];
  /** Records the parser already set aside (foreign formats), with reasons. */
  skipped: SkippedRecord[];
  /** The coders a native file lists (files written before coders existed have none). */
  coders?: Coder[];
  /**
   * Who made the annotations, when the file says (W3C `creator`): the name "Import as coder"
   * proposes for the layer. Formats without authors leave it out.
   */
  coderName?: string | null;
}
