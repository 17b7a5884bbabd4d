import { isJsonObject, own } from './json';

/** The three shapes Hypothesis users have: rows, a search API answer, the client's export. */
export type HypothesisShape = 'rows' | 'search' | 'client-export';

function looksLikeRow(value: unknown): boolean {
  return (
    isJsonObject(value) &&
    typeof own(value, 'uri') === 'string' &&
    own(value, '@context') === undefined &&
    (own(value, 'user') !== undefined || own(value, 'tags') !== undefined)
  );
}

/**
 * Which Hypothesis shape a parsed JSON value has, or null: a list of
 * annotation rows (`[{id, uri, user, tags, text, target, …}]`), the search
 * API's `{total, rows}`, or the client's export file
 * `{export_date, export_userid, client_version, annotations}`.
 */
export function hypothesisShape(value: unknown): HypothesisShape | null {
  if (Array.isArray(value)) return value.length > 0 && looksLikeRow(value[0]) ? 'rows' : null;
  if (!isJsonObject(value)) return null;
  if (Array.isArray(own(value, 'annotations')) && own(value, 'client_version') !== undefined) {
    return 'client-export';
  }
  if (Array.isArray(own(value, 'rows')) && typeof own(value, 'total') === 'number') return 'search';
  return null;
}

/** The annotation rows of a value of the given shape. */
export function hypothesisRows(value: unknown, shape: HypothesisShape): unknown[] {
  if (shape === 'rows') return value as unknown[];
  const key = shape === 'search' ? 'rows' : 'annotations';
  return own(value as Record<string, unknown>, key) as unknown[];
}
