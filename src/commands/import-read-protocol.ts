import type { ExistingData, ImportPlan } from '../domain/formats/plan-types';
import type { ImportBundle, KnownArticles } from '../domain/formats/types';

/**
 * What the page sends the import worker: the file, the articles this device knows and, when
 * the worker is to plan the import too, the data the plans compare against.
 */
export interface ImportReadRequest {
  file: File;
  articles: KnownArticles;
  existing?: ExistingData;
}

/** Both plans of a file, made against the data the request carried. */
export interface ImportPlans {
  merge: ImportPlan;
  replace: ImportPlan;
}

/** What the import worker answers: progress (0…1) until the bundle (and plans) or an error. */
export type ImportReadReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; bundle: ImportBundle; plans?: ImportPlans }
  | { type: 'error'; message: string };
