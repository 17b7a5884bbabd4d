import type { GuardedImportResult } from '../db/transfer-repo';
import type { ExistingData, ImportMode, ImportPlan } from '../domain/formats/plan-types';
import type { ImportBundle, KnownArticles } from '../domain/formats/types';

/**
 * What the page sends the import worker: the file, the articles this device knows and, when
 * the worker is to plan the import too, the data the plans compare against. With `dbName` too
 * the worker stays after the preview, keeping the plans, and writes the chosen one itself into
 * that database when told to ({@link ImportWriteRequest}).
 */
export interface ImportReadRequest {
  file: File;
  articles: KnownArticles;
  existing?: ExistingData;
  dbName?: string;
}

/** Writes the plan of `mode` the worker made (only after a request with `dbName`). */
export interface ImportWriteRequest {
  type: 'write';
  mode: ImportMode;
}

/** Both plans of a file, made against the data the request carried. */
export interface ImportPlans {
  merge: ImportPlan;
  replace: ImportPlan;
}

/**
 * What the import worker answers: progress (0…1) until the bundle (and plans) or an error;
 * after a write request, the fraction written after each chunk until the outcome or an error.
 */
export type ImportReadReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; bundle: ImportBundle; plans?: ImportPlans }
  | { type: 'write-progress'; fraction: number }
  | { type: 'written'; result: GuardedImportResult }
  | { type: 'error'; message: string };
