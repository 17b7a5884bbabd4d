import { decodeComponentSafely } from './text/url-decode';

/*
 * Links to one highlight: `/articles/:id#annotation=<id>`. Anyone can send such a link, so
 * reading one never throws: malformed percent-encoding names no highlight.
 */

const prefix = '#annotation=';

/** Reads `#annotation=<id>` from a location hash; null when there is none. */
export function annotationIdFromHash(hash: string): string | null {
  if (!hash.startsWith(prefix) || hash.length === prefix.length) return null;
  // Undecodable input comes back as written: it then names no highlight.
  return decodeComponentSafely(hash.slice(prefix.length));
}

/** The hash that links to a highlight. */
export function annotationHash(id: string): string {
  return `${prefix}${encodeURIComponent(id)}`;
}

/** The reader's address of one highlight. */
export function annotationPath(articleId: string, id: string): string {
  return `/articles/${encodeURIComponent(articleId)}${annotationHash(id)}`;
}
