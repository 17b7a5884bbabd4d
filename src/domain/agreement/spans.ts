import { tagNameKey } from '../codebook';
import { anchorImported } from '../formats/import-anchor';
import type { Annotation, Tag } from '../model';
import { splitsSurrogatePair } from '../text/surrogates';
import { createOffsetConverter, type OffsetConverter } from '../text/units';
import type { AgreementArticle, Coder, CoderData, IgnoredAnnotation } from './types';

/** One range of one annotation with one of its tags: the unit of span-level agreement. */
export interface CodedSpan {
  articleId: string;
  tagKey: string;
  /** UTF-16 offsets into the canonical text (for quoting). */
  start: number;
  end: number;
  /** The same span in code points: the characters kappa and overlaps count. */
  from: number;
  to: number;
}

/** A coder's distinct spans, the tag names they use (by key) and what was left out. */
export interface CoderSpans {
  spans: CodedSpan[];
  tagNames: Map<string, string>;
  ignored: IgnoredAnnotation[];
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Looks articles up by id, or by text hash for annotations written against another id. */
export class ArticleIndex {
  private readonly byId: Map<string, AgreementArticle>;
  private readonly byHash = new Map<string, AgreementArticle | null>();
  private readonly converters = new Map<string, OffsetConverter>();
  private readonly plain = new WeakMap<AgreementArticle, boolean>();

  constructor(articles: readonly AgreementArticle[]) {
    this.byId = new Map(articles.map((article) => [article.id, article]));
    for (const article of articles) {
      // Two articles with one text are ambiguous: such annotations are not moved to either.
      this.byHash.set(article.textHash, this.byHash.has(article.textHash) ? null : article);
    }
  }

  get(id: string): AgreementArticle | undefined {
    return this.byId.get(id);
  }

  /** The article an annotation targets: its id, else (a document another coder added) its text. */
  find(annotation: Annotation): AgreementArticle | undefined {
    return this.byId.get(annotation.articleId) ?? this.byHash.get(annotation.textHash) ?? undefined;
  }

  /** UTF-16 → code point offset; a boundary inside a surrogate pair keeps the whole character. */
  codePoint(article: AgreementArticle, offset: number, side: 'start' | 'end'): number {
    // Most texts have no character outside the BMP: there both offsets are the same.
    let plain = this.plain.get(article);
    if (plain === undefined) this.plain.set(article, (plain = !SURROGATE.test(article.text)));
    if (plain && Number.isInteger(offset) && offset >= 0 && offset <= article.text.length)
      return offset;
    let converter = this.converters.get(article.id);
    if (!converter) {
      converter = createOffsetConverter(article.text);
      this.converters.set(article.id, converter);
    }
    const inside = splitsSurrogatePair(article.text, offset);
    return converter.toCodePoint(inside ? offset + (side === 'start' ? -1 : 1) : offset);
  }
}

function ignore(
  coder: Coder,
  annotation: Annotation,
  reason: IgnoredAnnotation['reason'],
  detail: string,
): IgnoredAnnotation {
  return { coder, annotationId: annotation.id, reason, detail };
}

function tagKeys(coderTags: readonly Tag[], names: Map<string, string>): Map<string, string> {
  const byId = new Map<string, string>();
  for (const tag of coderTags) {
    const key = tagNameKey(tag.name);
    byId.set(tag.id, key);
    if (!names.has(key)) names.set(key, tag.name);
  }
  return byId;
}

/**
 * Turns a coder's annotations into distinct spans (article × tag × range; the same span coded
 * twice counts once). Each annotation is placed in the local text as an import would place it;
 * annotations on unknown articles, orphans, quotes not found and untagged highlights are
 * listed as ignored. Tags are keyed by case-insensitive name; ids unknown to `data.tags` drop.
 */
export function collectSpans(coder: Coder, data: CoderData, articles: ArticleIndex): CoderSpans {
  const tagNames = new Map<string, string>();
  const keyOf = tagKeys(data.tags, tagNames);
  const ignored: IgnoredAnnotation[] = [];
  const spans: CodedSpan[] = [];
  // Per article and tag, the ranges already taken: a span coded twice counts once.
  const seen = new Map<AgreementArticle, Map<string, Set<number>>>();

  for (const annotation of data.annotations) {
    const keys: string[] = [];
    for (const id of annotation.tagIds) {
      const key = keyOf.get(id);
      if (key !== undefined && !keys.includes(key)) keys.push(key);
    }
    if (keys.length === 0) {
      ignored.push(ignore(coder, annotation, 'untagged', 'no tag'));
      continue;
    }
    const article = articles.find(annotation);
    if (!article) {
      ignored.push(
        ignore(coder, annotation, 'unknown-article', `unknown article ${annotation.articleId}`),
      );
      continue;
    }
    if (annotation.status === 'orphan') {
      ignored.push(ignore(coder, annotation, 'not-anchored', 'orphan: its text was not found'));
      continue;
    }
    const placed = anchorImported(annotation, article);
    if (!placed.ok) {
      ignored.push(ignore(coder, annotation, 'not-anchored', placed.reason));
      continue;
    }
    for (const range of placed.annotation.ranges) {
      const from = articles.codePoint(article, range.start, 'start');
      const to = articles.codePoint(article, range.end, 'end');
      if (to <= from) continue;
      // One number per range (start and end are below 2^26: far past the document limit).
      const rangeKey = range.start * 2 ** 26 + range.end;
      let byTag = seen.get(article);
      if (!byTag) seen.set(article, (byTag = new Map()));
      for (const tagKey of keys) {
        let taken = byTag.get(tagKey);
        if (!taken) byTag.set(tagKey, (taken = new Set()));
        if (taken.has(rangeKey)) continue;
        taken.add(rangeKey);
        spans.push({ articleId: article.id, tagKey, start: range.start, end: range.end, from, to });
      }
    }
  }
  return { spans, tagNames, ignored };
}
