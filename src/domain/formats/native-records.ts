import type {
  Annotation,
  ArticleSet,
  DocumentRecord,
  MetadataOverride,
  Tag,
  TextRange,
} from '../model';
import type { ArticleMemo } from './types';

/*
 * A native backup must parse with the strict schemas, so exporters copy the
 * known fields only: a property some other layer added to a record in memory
 * never leaks into the file. The object literals are typed, so a field added
 * to the model without being added here fails to compile.
 */

function copyRange(range: TextRange): TextRange {
  return {
    start: range.start,
    end: range.end,
    exact: range.exact,
    prefix: range.prefix,
    suffix: range.suffix,
  };
}

/** The annotation's model fields, in a fixed order. */
export function copyAnnotation(a: Annotation): Annotation {
  return {
    id: a.id,
    articleId: a.articleId,
    textHash: a.textHash,
    ranges: a.ranges.map(copyRange),
    tagIds: [...a.tagIds],
    note: a.note,
    color: a.color,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    status: a.status,
    ...(a.creator !== undefined ? { creator: a.creator } : {}),
    coderId: a.coderId,
  };
}

/** The tag's model fields, in a fixed order. */
export function copyTag(tag: Tag): Tag {
  return {
    id: tag.id,
    name: tag.name,
    nameKey: tag.nameKey,
    color: tag.color,
    description: tag.description,
    hotkey: tag.hotkey,
    parentId: tag.parentId,
    createdAt: tag.createdAt,
  };
}

/** The memo's fields, in a fixed order. */
export function copyMemo(memo: ArticleMemo): ArticleMemo {
  return { articleId: memo.articleId, text: memo.text, updatedAt: memo.updatedAt };
}

/** The stored document's fields, in a fixed order. */
export function copyDocument(doc: DocumentRecord): DocumentRecord {
  return {
    id: doc.id,
    file: doc.file,
    title: doc.title,
    source: doc.source,
    language: doc.language,
    date: doc.date,
    byline: doc.byline,
    wordCount: doc.wordCount,
    byteLength: doc.byteLength,
    sha256: doc.sha256,
    text: doc.text,
    createdAt: doc.createdAt,
  };
}

/** The override's fields, in a fixed order; fields it does not hold stay out. */
export function copyOverride(o: MetadataOverride): MetadataOverride {
  return {
    articleId: o.articleId,
    updatedAt: o.updatedAt,
    ...(o.title !== undefined ? { title: o.title } : {}),
    ...(o.source !== undefined ? { source: o.source } : {}),
    ...(o.date !== undefined ? { date: o.date } : {}),
    ...(o.language !== undefined ? { language: o.language } : {}),
    ...(o.url !== undefined ? { url: o.url } : {}),
    ...(o.byline !== undefined ? { byline: o.byline } : {}),
  };
}

/** The set's fields, in a fixed order. */
export function copySet(set: ArticleSet): ArticleSet {
  return {
    id: set.id,
    name: set.name,
    nameKey: set.nameKey,
    articleIds: [...set.articleIds],
    createdAt: set.createdAt,
  };
}
