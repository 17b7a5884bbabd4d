import { describeRange } from '../../../src/domain/anchoring';
import { tagNameKey } from '../../../src/domain/codebook';
import { sha256Hex } from '../../../src/domain/corpus';
import type { ArticleWithText } from '../../../src/domain/corpus/types';
import type { Annotation, DocumentRecord, Tag } from '../../../src/domain/model';
import type { ExistingData, ImportContext } from '../../../src/domain/formats/plan-types';
import type { ArticleMemo, ExportInput, KnownArticles } from '../../../src/domain/formats/types';

export const EXPORTED_AT = new Date('2025-03-04T05:06:07.000Z');

/** A tag as the codebook holds it. */
export function makeTag(name: string, overrides: Partial<Tag> = {}): Tag {
  return {
    id: crypto.randomUUID(),
    name,
    nameKey: tagNameKey(name),
    color: '#fde68a',
    description: '',
    hotkey: null,
    parentId: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** What the format tests leave unsaid about a bundled article. */
export const bundledMeta = {
  file: 'article.txt',
  date: null,
  byline: null,
  wordCount: 0,
  byteLength: 0,
  origin: 'bundled',
} as const;

/** The same for one of the user's documents. */
export const importedMeta = { ...bundledMeta, origin: 'imported' } as const;

/** An article with its real SHA-256. */
export async function makeArticle(
  id: string,
  text: string,
  overrides: Partial<ArticleWithText> = {},
): Promise<ArticleWithText> {
  return {
    id,
    title: `Title of ${id}`,
    source: 'Outlet',
    language: 'en',
    text,
    textHash: await sha256Hex(text),
    ...bundledMeta,
    ...overrides,
  };
}

/** A user document holding `article`'s text. */
export function makeDocument(article: ArticleWithText): DocumentRecord {
  return {
    id: article.id,
    file: `${article.id}.txt`,
    title: article.title,
    source: article.source,
    language: article.language,
    date: null,
    byline: null,
    wordCount: article.text.split(/\s+/).length,
    byteLength: new TextEncoder().encode(article.text).length,
    sha256: article.textHash,
    text: article.text,
    createdAt: '2025-01-02T00:00:00.000Z',
  };
}

/** An annotation on the first occurrence of `quote` (or on [start, end)). */
export function annotate(
  article: ArticleWithText,
  where: string | [number, number],
  overrides: Partial<Annotation> = {},
): Annotation {
  const [start, end] =
    typeof where === 'string'
      ? [article.text.indexOf(where), article.text.indexOf(where) + where.length]
      : where;
  if (start < 0) throw new Error(`"${String(where)}" is not in ${article.id}`);
  return {
    id: crypto.randomUUID(),
    articleId: article.id,
    textHash: article.textHash,
    ranges: [describeRange(article.text, start, end)],
    tagIds: [],
    note: '',
    color: null,
    createdAt: '2025-02-01T10:00:00.000Z',
    updatedAt: '2025-02-01T10:00:00.000Z',
    status: 'exact',
    coderId: 'local',
    ...overrides,
  };
}

export function memo(
  articleId: string,
  text: string,
  updatedAt = '2025-02-03T00:00:00.000Z',
): ArticleMemo {
  return { articleId, text, updatedAt };
}

/** An export of exactly these records. */
export function exportInput(
  parts: Partial<ExportInput> & Pick<ExportInput, 'articles'>,
): ExportInput {
  return {
    tags: [],
    annotations: [],
    memos: [],
    userArticles: [],
    exportedAt: EXPORTED_AT,
    ...parts,
  };
}

/** What an importing device knows, by id. */
export function knownArticles(articles: readonly ArticleWithText[]): KnownArticles {
  return new Map(articles.map((a) => [a.id, { text: a.text, textHash: a.textHash }]));
}

export const EMPTY: ExistingData = { annotations: [], tags: [], memos: [], documents: [] };

export function context(
  articles: readonly ArticleWithText[],
  existing: Partial<ExistingData> = {},
): ImportContext {
  return { articles: knownArticles(articles), existing: { ...EMPTY, ...existing } };
}

/** A text with an emoji, a combining mark and Arabic (RTL) before the quoted word. */
export const UNICODE_TEXT = 'Intro 😀 e\u0301 مرحبا then the quoted word and 👍🏽 more text.';
