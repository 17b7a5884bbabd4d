import type { Snapshot } from '../db/transfer-repo';
import type { AnnotationFilters } from '../domain/annotations/filter';
import type { Article, ArticleWithText } from '../domain/corpus/types';
import type { ExportInput } from '../domain/formats/types';

/**
 * What an export writes, from a snapshot and the library's articles: everything, or only the
 * annotations that match `filter`, with the articles they and the memos name (only those
 * articles' texts are asked of `texts`) and the tags. Shared by the page and the export worker.
 */
export async function exportInputFrom(
  snapshot: Snapshot,
  articles: readonly Article[],
  filter: AnnotationFilters | undefined,
  texts: (named: Article[]) => Promise<ArticleWithText[]>,
): Promise<ExportInput> {
  let annotations = snapshot.annotations;
  if (filter) {
    const { filterAnnotations } = await import('../domain/annotations/filter');
    const byId = new Map(articles.map((a) => [a.id, a]));
    annotations = filterAnnotations(annotations, filter, byId, snapshot.tags);
  }
  const named = new Set([
    ...annotations.map((a) => a.articleId),
    ...snapshot.memos.map((m) => m.articleId),
  ]);
  return {
    articles: await texts(articles.filter((a) => named.has(a.id))),
    tags: snapshot.tags,
    annotations,
    memos: snapshot.memos,
    userArticles: snapshot.documents,
    exportedAt: new Date(),
    ...(snapshot.damaged ? { damaged: snapshot.damaged } : {}),
    coders: snapshot.coders,
  };
}
