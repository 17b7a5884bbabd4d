import { v5 as uuidV5 } from 'uuid';
import { formerStableUuid } from './stable-id-v8';

/*
 * Foreign records (W3C annotations with non-uuid ids, doccano spans, tags
 * created by name) and export-only items (memo annotations, collections,
 * pages) need uuids. Deriving them from what identifies the record makes a
 * re-import of the same file meet the same ids, so the import plan reports
 * "unchanged" instead of adding duplicates.
 */

/**
 * The namespace of every id Gloss derives. With it anyone can recompute an id
 * from its name, e.g. `uuidv5('gloss-tag:framing', GLOSS_ID_NAMESPACE)`.
 */
export const GLOSS_ID_NAMESPACE = '8d0b6a5e-5f1c-4c52-9a4e-2f6b1c7d3e90';

/**
 * The UUID (RFC 9562 version 5: SHA-1 of {@link GLOSS_ID_NAMESPACE} and
 * `name`) that Gloss derives from `name`: the same name always gives the same
 * id, in Gloss or in any other UUID library.
 */
export function stableUuid(name: string): string {
  return uuidV5(name, GLOSS_ID_NAMESPACE);
}

/**
 * The ids one import derives, each remembered with the version 8 id Gloss derived from the
 * same name before (stable-id-v8.ts): records stored under a former id keep it, and the
 * import plan still meets them.
 */
export class DerivedIds {
  private readonly formerIds = new Map<string, string>();

  /** {@link stableUuid} of `name`. */
  of(name: string): string {
    const id = stableUuid(name);
    this.formerIds.set(id, formerStableUuid(name));
    return id;
  }

  /** Each id derived so far → the former id of the same name. */
  get former(): ReadonlyMap<string, string> {
    return this.formerIds;
  }
}
