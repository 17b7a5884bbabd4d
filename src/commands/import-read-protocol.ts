import type { ImportBundle, KnownArticles } from '../domain/formats/types';

/** What the page sends the import worker. */
export interface ImportReadRequest {
  file: File;
  articles: KnownArticles;
}

/** What the import worker answers: progress (0…1) until the bundle or an error. */
export type ImportReadReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; bundle: ImportBundle }
  | { type: 'error'; message: string };
