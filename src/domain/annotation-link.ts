/*
 * Links to one highlight: `/articles/:id#annotation=<id>`. Anyone can send such a link, so
 * reading one never throws: malformed percent-encoding reads as no link.
 */

const prefix = '#annotation=';

/** Reads `#annotation=<id>` from a location hash; null when there is none or it is malformed. */
export function annotationIdFromHash(hash: string): string | null {
  if (!hash.startsWith(prefix) || hash.length === prefix.length) return null;
  try {
    return decodeURIComponent(hash.slice(prefix.length));
  } catch {
    return null;
  }
}

/** The hash that links to a highlight. */
export function annotationHash(id: string): string {
  return `${prefix}${encodeURIComponent(id)}`;
}

/** The reader's address of one highlight. */
export function annotationPath(articleId: string, id: string): string {
  return `/articles/${encodeURIComponent(articleId)}${annotationHash(id)}`;
}
