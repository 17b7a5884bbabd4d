import type { Annotation, ArticleSet, DocumentRecord, MetadataOverride, Tag } from '../model';
import type { ArticleMemo, KnownArticles, SkippedRecord } from './types';

/**
 * 'merge' keeps both sides: new records are added, a record with the same id
 * is replaced only by a newer one. 'replace' makes the database hold exactly
 * what the file holds: everything local that the file lacks is removed.
 */
export type ImportMode = 'merge' | 'replace';

/** Records of every kind, as one step of a plan touches them. */
export interface PlanRecords {
  annotations: Annotation[];
  tags: Tag[];
  memos: ArticleMemo[];
  documents: DocumentRecord[];
  /** Metadata edits of bundled articles. */
  overrides: MetadataOverride[];
  /** Named sets of articles. */
  sets: ArticleSet[];
}

/** What the database holds now. */
export interface ExistingData {
  annotations: readonly Annotation[];
  tags: readonly Tag[];
  memos: readonly ArticleMemo[];
  /** The user's documents; 'replace' removes those the file lacks. */
  documents?: readonly DocumentRecord[];
  /** Metadata edits of bundled articles; 'replace' removes those the file lacks. */
  overrides?: readonly MetadataOverride[];
  /** Named sets; 'replace' removes those the file lacks. */
  sets?: readonly ArticleSet[];
}

/** What planImport needs to know about the importing device. */
export interface ImportContext {
  /**
   * Every article the device knows by id, with its text and hash: the seeds
   * and the user's documents. Documents inside the file are added by
   * planImport itself (passing them here too does no harm).
   */
  articles: KnownArticles;
  existing: ExistingData;
  /** This device's clock (default: now); dates after it are flagged and never win. */
  now?: Date;
}

/** A note about a record that will be imported, but not exactly as written. */
export interface PlanWarning {
  kind: 'tag' | 'annotation' | 'set';
  index: number;
  id: string;
  message: string;
}

/**
 * What an import will do, for the preview and then the one write
 * transaction: `add` and `change` are the records to put (with tag ids
 * already mapped to local tags and ranges re-anchored), `remove` what
 * 'replace' deletes, `skip` what will not be imported and why.
 */
export interface ImportPlan {
  mode: ImportMode;
  add: PlanRecords;
  change: PlanRecords;
  remove: PlanRecords;
  skip: SkippedRecord[];
  warnings: PlanWarning[];
  counts: { add: number; change: number; remove: number; skip: number; unchanged: number };
}

/** The outcome for one kind of record. */
export interface KindPlan<T> {
  add: T[];
  change: T[];
  remove: T[];
  skip: SkippedRecord[];
  unchanged: number;
}

/** An empty {@link KindPlan}. */
export function emptyKindPlan<T>(): KindPlan<T> {
  return { add: [], change: [], remove: [], skip: [], unchanged: 0 };
}
