/** The JSON-LD context every Web Annotation document names. */
export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Gloss's own terms (the offset unit), in a namespace no other vocabulary uses. */
export const GLOSS_VOCAB = 'urn:gloss:vocab#';

/**
 * The `@context` of Gloss's W3C exports: the Web Annotation context plus a
 * definition of the `gloss:` prefix, so JSON-LD processors expand
 * `gloss:offsetUnit` to an absolute IRI instead of a meaningless one.
 */
export const GLOSS_W3C_CONTEXT = [W3C_CONTEXT, { gloss: GLOSS_VOCAB }] as const;

/** The motivations the Web Annotation Vocabulary defines (§3.3.5 of the model). */
export const W3C_MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
] as const;

export type W3CMotivation = (typeof W3C_MOTIVATIONS)[number];

const ARTICLE_IRI_PREFIX = 'urn:gloss:article:';

/**
 * The IRI Gloss gives an article in W3C exports. Seeds and user documents
 * have no public URL, so a URN names them: `urn:gloss:article:<id>`.
 */
export function articleIri(articleId: string): string {
  return ARTICLE_IRI_PREFIX + encodeURIComponent(articleId);
}

/** The article id inside a Gloss article IRI, or null for any other IRI. */
export function articleIdFromIri(iri: string): string | null {
  if (!iri.startsWith(ARTICLE_IRI_PREFIX)) return null;
  try {
    return decodeURIComponent(iri.slice(ARTICLE_IRI_PREFIX.length));
  } catch {
    return null;
  }
}

/** `urn:uuid:<uuid>` for a uuid. */
export function uuidIri(uuid: string): string {
  return `urn:uuid:${uuid}`;
}
