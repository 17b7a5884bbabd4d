import type { ArticleDetailFields, MetadataOverride } from '../model';
import type { Article } from './types';

/**
 * An article with the user's metadata edits laid over it: each field the override holds replaces
 * the article's own; a null URL removes it. The text (and so its hash) is never affected.
 */
export function applyOverride<A extends Article>(
  article: A,
  override: MetadataOverride | undefined,
): A {
  if (!override) return article;
  const { articleId: _id, updatedAt: _at, url, ...fields } = override;
  const next: A = { ...article, ...definedFields(fields) };
  if (url === null) delete next.url;
  else if (url !== undefined) next.url = url;
  return next;
}

function definedFields(fields: Partial<Omit<ArticleDetailFields, 'url'>>) {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** Every article with its override, if any; the same array when there are none. */
export function applyOverrides<A extends Article>(
  articles: readonly A[],
  overrides: readonly MetadataOverride[],
): readonly A[] {
  if (overrides.length === 0) return articles;
  const byId = new Map(overrides.map((override) => [override.articleId, override]));
  return articles.map((article) => applyOverride(article, byId.get(article.id)));
}
