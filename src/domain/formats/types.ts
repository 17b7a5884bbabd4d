import type { ArticleWithText } from '../corpus/types';
import type { DamagedRecord } from '../validation/sound-records';
import type {
  Annotation,
  ArticleMemo,
  ArticleSet,
  DocumentRecord,
  MetadataOverride,
  Tag,
} from '../model';
import type { Coder } from '../coders/coder';

/** An article memo as the database stores it (defined with the model). */
export type { ArticleMemo } from '../model';

/**
 * Everything one export writes. Filtered exports pass a subset: exporters
 * write exactly the annotations given, and look articles and tags up by id.
 */
export interface ExportInput {
  /** The articles the export names, with their texts (for code point offsets and quotes). */
  articles: ArticleWithText[];
  tags: Tag[];
  annotations: Annotation[];
  memos: ArticleMemo[];
  /** User documents with their text; only the native backup writes them. */
  userArticles: DocumentRecord[];
  exportedAt: Date;
  /** Records that failed their check on read; the native backup carries them raw. */
  damaged?: readonly DamagedRecord[];
  /** The coders the annotations belong to, for attribution (W3C creator, CSV coder column). */
  coders?: readonly Coder[];
  /** Metadata edits of bundled articles; only the native backup writes them. */
  overrides?: readonly MetadataOverride[];
  /** Named sets of articles; only the native backup writes them. */
  sets?: readonly ArticleSet[];
}

/** How an article is named in a native file's `articles` list. */
export interface ArticleRef {
  id: string;
  title: string;
  textHash: string;
}

/** The formats Gloss can import. */
export type ImportFormat =
  | 'native'
  | 'w3c'
  | 'doccano'
  | 'hypothesis'
  | 'refi'
  | 'refi-codebook'
  | 'codebook-csv'
  | 'annotation-csv';

/** The kinds of record an import holds; 'line' is a whole doccano line. */
export type RecordKind = 'annotation' | 'tag' | 'memo' | 'document' | 'override' | 'set' | 'line';

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

/** The articles the importing device knows, by id, with their texts: bundled and imported. */
export type KnownArticles = ReadonlyMap<string, KnownText>;

/** What an import needs of a known article: its canonical text and that text's SHA-256. */
export type KnownText = Pick<ArticleWithText, 'text' | 'textHash'>;

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
  documents: DocumentRecord[];
  /** Records the parser already set aside (foreign formats), with reasons. */
  skipped: SkippedRecord[];
  /**
   * Ids the parser derived from names → the id Gloss derived from the same name before
   * UUIDv5 (stable-id.ts): the plan matches local records stored under either.
   */
  formerIds?: ReadonlyMap<string, string>;
  /**
   * What the preview should tell about how the file was read: which offset
   * unit it counts, what each field became, what was placed differently.
   */
  notices?: string[];
  /** The coders a native file lists (files written before coders existed have none). */
  coders?: Coder[];
  /** Metadata edits of bundled articles (native files from version 2 on). */
  overrides?: MetadataOverride[];
  /** Named sets of articles (native files from version 2 on). */
  sets?: ArticleSet[];
  /**
   * Who made the annotations, when the file says (W3C `creator`): the name "Import as coder"
   * proposes for the layer. Formats without authors leave it out.
   */
  coderName?: string | null;
}
