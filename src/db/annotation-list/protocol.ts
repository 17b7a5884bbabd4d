import type { AnnotationListQuery } from '../../domain/annotations/list-view';
import type { Annotation } from '../../domain/model';
import type { AnnotationChange } from '../annotation-changes';

/** What the page sends the annotation-list worker. */
export type ListRequest =
  /** The database to read (its name); sent first. */
  | { type: 'open'; dbName: string }
  /** A question; replies carry its id, and only the latest question is answered. */
  | { type: 'query'; id: number; query: AnnotationListQuery }
  /** The page of the latest question's list that starts at `start`. */
  | { type: 'page'; id: number; start: number }
  /** A committed change of the annotations table, to patch the worker's copy. */
  | { type: 'changes'; change: AnnotationChange };

/**
 * What the worker answers. `list` is a question's answer: its first page, how many annotations
 * there are and how many match (null while the first page came from the first articles alone
 * and the rest is still being read); it comes again, with a new `version`, whenever the list
 * changed. `page` is one asked-for page of that version.
 */
export type ListReply =
  | {
      type: 'list';
      id: number;
      version: number;
      total: number;
      matching: number | null;
      rows: Annotation[];
    }
  | { type: 'page'; id: number; version: number; start: number; rows: Annotation[] }
  | { type: 'error'; id: number; message: string };
