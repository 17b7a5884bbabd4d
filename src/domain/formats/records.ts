import type { RecordKind, SkippedRecord } from './types';

/** How a record is named in messages: "annotation 12", "line 3". */
export function recordLabel(kind: RecordKind | 'article' | 'coder', index: number): string {
  return `${kind} ${index}`;
}

/** Builds a {@link SkippedRecord} whose message names the record. */
export function skipped(
  kind: RecordKind,
  index: number,
  id: string,
  reason: string,
): SkippedRecord {
  return { kind, index, id, reason, message: `${recordLabel(kind, index)}: ${reason}` };
}

/**
 * Joins a field path and a problem the way the UI shows it:
 * "ranges[0].end must be greater than start", "Unrecognized key: "x"".
 */
export function describeFieldIssue(path: string, message: string): string {
  if (path === '') return message;
  return /^[a-z]/.test(message) ? `${path} ${message}` : `${path}: ${message}`;
}
