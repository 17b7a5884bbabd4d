import { setMembers } from '../../domain/annotations/filter';
import type {
  CompareArticle,
  CompareQuery,
  CompareQuestion,
} from '../../domain/compare/compare-view';
import { combineArticles, documentArticle } from '../../domain/corpus/article';
import { applyOverrides } from '../../domain/corpus/overrides';
import type { Article, Manifest } from '../../domain/corpus/types';
import type { ArticleSet, DocumentMeta, Tag } from '../../domain/model';
import { partitionRecords } from '../../domain/validation/sound-records';
import type { GlossDB } from '../gloss-db';
import { readRecords, readSnapshot } from '../library-snapshot';

/*
 * The Compare worker's own reading of what the page would send with a question (the articles in
 * library order, the set's members, the codebook), so the first page of an address opened
 * directly does not wait for the page to read ten thousand articles and send them over.
 */

const manifestUrl = `${import.meta.env.BASE_URL}seeds/manifest.json`;

/** As the library orders the user's documents: oldest first, then by id. */
const byCreation = (a: DocumentMeta, b: DocumentMeta) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
const byName = (a: Tag, b: Tag) => a.name.localeCompare(b.name);

async function bundledArticles(): Promise<readonly Article[]> {
  const response = await fetch(manifestUrl);
  if (!response.ok) throw new Error(`${manifestUrl} answered ${response.status}`);
  const manifest = (await response.json()) as Manifest;
  return Array.isArray(manifest.articles) ? manifest.articles : [];
}

/** The user's documents in library order: from the snapshot when it is current, else the records. */
async function documents(db: GlossDB): Promise<DocumentMeta[]> {
  const snapshot = await readSnapshot(db);
  if (snapshot.documents) return snapshot.documents;
  const { records } = await readRecords(db);
  return partitionRecords<DocumentMeta>('articles', records).sound.sort(byCreation);
}

const compareArticle = (a: Article): CompareArticle => ({
  id: a.id,
  source: a.source,
  title: a.title,
  language: a.language,
});

/**
 * The query the page would build for `question`, read from the database and the manifest:
 * every article in library order (the bundled ones with the user's edits, then the documents),
 * the chosen set's members and the codebook by name.
 */
export async function resolveQuestion(
  db: GlossDB,
  question: CompareQuestion,
): Promise<CompareQuery> {
  const [bundled, overrides, stored, tagRecords, sets] = await Promise.all([
    bundledArticles(),
    db.overrides.toArray(),
    documents(db),
    db.tags.toArray(),
    question.setId ? db.sets.toArray() : Promise.resolve([] as ArticleSet[]),
  ]);
  const members = setMembers(question.setId ? [question.setId] : [], sets);
  const library = combineArticles(applyOverrides(bundled, overrides), stored.map(documentArticle));
  return {
    tagIds: question.tagIds,
    coderIds: question.coderIds,
    articles: (members ? library.filter((a) => members.has(a.id)) : library).map(compareArticle),
    members: members ? [...members] : null,
    tags: partitionRecords<Tag>('tags', tagRecords).sound.sort(byName),
    // Only the first page of a question is answered: no outlet is counted.
    unknownOutlet: '',
    columns: question.columns,
  };
}
