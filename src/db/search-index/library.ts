import { combineArticles, documentArticle } from '../../domain/corpus/article';
import { applyOverrides } from '../../domain/corpus/overrides';
import type { Article, Manifest } from '../../domain/corpus/types';
import type { DocumentMeta } from '../../domain/model';
import { partitionRecords } from '../../domain/validation/sound-records';
import type { GlossDB } from '../gloss-db';
import { readRecords, readSnapshot } from '../library-snapshot';

const manifestUrl = `${import.meta.env.BASE_URL}seeds/manifest.json`;

function byCreation(a: DocumentMeta, b: DocumentMeta): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/**
 * The library as the page lists it (commands/corpus.ts listArticles: the bundled articles with
 * their overrides, then the documents oldest first), read by the search worker itself: parsing
 * and checking ten thousand documents' metadata is a long task the page need not run to search.
 */
export async function readLibrary(db: GlossDB): Promise<Article[]> {
  const [manifest, overrides, snapshot] = await Promise.all([
    fetch(manifestUrl).then(async (response) => {
      if (!response.ok) throw new Error(`${manifestUrl} answered ${response.status}`);
      return (await response.json()) as Manifest;
    }),
    db.overrides.toArray(),
    readSnapshot(db),
  ]);
  if (!Array.isArray(manifest.articles)) throw new Error('the manifest has no list of articles');
  const documents =
    snapshot.documents ??
    partitionRecords<DocumentMeta>('articles', (await readRecords(db)).records).sound.sort(
      byCreation,
    );
  return combineArticles(
    applyOverrides(manifest.articles, overrides),
    documents.map(documentArticle),
  );
}
