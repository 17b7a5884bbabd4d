import type { DocumentRecord } from '../model';

/** The metadata of a document a user can edit; its text never changes. */
export interface DocumentDetails {
  title: string;
  source: string | null;
  date: string | null;
  language: string;
  url: string | null;
  byline: string | null;
}

/** A record with new details; the text, hash and everything else stay as they were. */
export function withDetails(record: DocumentRecord, details: DocumentDetails): DocumentRecord {
  const { url, ...rest } = details;
  const next: DocumentRecord = { ...record, ...rest };
  if (url === null) delete next.url;
  else next.url = url;
  return next;
}
