import type { CompareQuery, CompareQuestion, CompareView } from '../../domain/compare/compare-view';
import type { AnnotationChange } from '../annotation-changes';

/** What the page sends the Compare worker. */
export type CompareRequest =
  /** The database to read (its name); sent first. */
  | { type: 'open'; dbName: string }
  /** A question; the answers carry its id, and only the latest question is answered. */
  | { type: 'query'; id: number; query: CompareQuery }
  /**
   * The question of the address, sent before the page has read the library: the worker reads the
   * articles itself and answers a first page only (the page's own query follows).
   */
  | { type: 'question'; id: number; question: CompareQuestion }
  /** A committed change of the annotations table, to patch the worker's copy. */
  | { type: 'changes'; change: AnnotationChange };

/** What the Compare worker answers: a first page, then the whole view (and again after changes). */
export type CompareReply =
  { type: 'view'; id: number; view: CompareView } | { type: 'error'; id: number; message: string };
