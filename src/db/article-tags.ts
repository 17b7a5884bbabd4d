import { getDb } from './db';
import { guarded } from './repo-write';

/**
 * The tags each article's passages carry (article id → tag ids, each once), for the library's
 * tag facet. Read from two key-only index scans (annotations by article, annotations by tag)
 * joined on the annotation id, so no annotation record is read or copied.
 */
export function listArticleTags(): Promise<Map<string, string[]>> {
  return guarded(async () => {
    const { annotations } = getDb();
    const byArticle = annotations.orderBy('articleId');
    const byTag = annotations.orderBy('tagIds');
    const [articleIds, articleKeys, tagIds, tagKeys] = await Promise.all([
      byArticle.keys(),
      byArticle.primaryKeys(),
      byTag.keys(),
      byTag.primaryKeys(),
    ]);
    const articleOf = new Map<string, string>();
    articleKeys.forEach((id, i) => articleOf.set(String(id), String(articleIds[i])));
    const tagsOf = new Map<string, string[]>();
    tagKeys.forEach((id, i) => {
      const article = articleOf.get(String(id));
      if (article === undefined) return;
      const tag = String(tagIds[i]);
      const list = tagsOf.get(article);
      if (!list) tagsOf.set(article, [tag]);
      else if (!list.includes(tag)) list.push(tag);
    });
    return tagsOf;
  });
}
