import { stableUuid } from './stable-id';

/** Namespace of a REFI-QDA project file (`project.qde`). */
export const REFI_PROJECT_NS = 'urn:QDA-XML:project:1.0';
/** Namespace of a REFI-QDA codebook file (`.qdc`). */
export const REFI_CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';
/** What Gloss writes as `origin`; an import reading it knows positions and texts are exact. */
export const REFI_ORIGIN = 'Gloss';
/** The folder of a .qdpx that `internal://` paths point into. */
export const REFI_SOURCES_FOLDER = 'sources';

const GUID =
  /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** A guid as REFI writes it (upper or lower case, optionally in braces), normalised to lower case. */
export function normalizeGuid(value: string): string | null {
  const match = GUID.exec(value.trim());
  return match ? match[1]!.toLowerCase() : null;
}

/*
 * Guids are derived from the records' own ids, so exporting the same data
 * twice gives the same file, and a tool that re-imports it recognises its
 * codes and sources.
 */

/** The guid of an article's TextSource. */
export function sourceGuid(articleId: string): string {
  return stableUuid(`gloss-refi-source:${articleId}`);
}

/** The guid of a selection: the annotation's id for its first range. */
export function selectionGuid(annotationId: string, rangeIndex: number): string {
  return rangeIndex === 0
    ? annotationId
    : stableUuid(`gloss-refi-selection:${annotationId}:${rangeIndex}`);
}

/** The guid of one tag's Coding on one selection. */
export function codingGuid(selection: string, tagId: string): string {
  return stableUuid(`gloss-refi-coding:${selection}:${tagId}`);
}

/** The guid of an article memo's Note. */
export function memoNoteGuid(articleId: string): string {
  return stableUuid(`gloss-refi-memo:${articleId}`);
}

/** The guid of a User: the local user, or a creator named in an imported file. */
export function userGuid(name: string | null): string {
  return stableUuid(name === null ? 'gloss-refi-user:local' : `gloss-refi-user:${name}`);
}

/** The name the local user has in exported projects. */
export const LOCAL_USER_NAME = 'Gloss user';
