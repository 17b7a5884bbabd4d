import type { Coder } from '../coders/coder';
import type { Annotation, Tag, TextRange } from '../model';
import { tagsById as byId, tagsOf } from '../codebook/lookup';
import { createOffsetConverter, type OffsetConverter } from '../text/units';
import { stableUuid } from './stable-id';
import type { ArticleWithText } from '../corpus/types';
import type { ArticleMemo, ExportInput } from './types';
import { GLOSS_W3C_CONTEXT, articleIri, uuidIri, type W3CMotivation } from './w3c-vocab';
import { creatorOf } from './w3c-creator';

/** Options of {@link exportW3C}. */
export interface W3CExportOptions {
  /** Called every {@link PROGRESS_STEP} annotations and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /** The collection's uuid; by default derived from the export time and content. */
  collectionId?: string;
}

/** How many annotations are written between two progress reports. */
export const PROGRESS_STEP = 1000;

/** What the collection says about offsets, for people and for Gloss's importer. */
export const W3C_OFFSET_NOTE =
  'TextPositionSelector start/end count Unicode code points of the article text';

const ITEMS_PLACEHOLDER = '\u0000items\u0000';

interface ArticleContext {
  iri: string;
  text: string;
  converter: OffsetConverter | null;
}

function articleContext(article: ArticleWithText | undefined, id: string): ArticleContext {
  return { iri: articleIri(id), text: article?.text ?? '', converter: null };
}

function selectors(range: TextRange, article: ArticleContext): object[] {
  const quote: Record<string, unknown> = { type: 'TextQuoteSelector', exact: range.exact };
  if (range.prefix !== '') quote.prefix = range.prefix;
  if (range.suffix !== '') quote.suffix = range.suffix;
  // Positions are written only where the quote still sits at the stored offsets.
  if (article.text.slice(range.start, range.end) !== range.exact) return [quote];
  article.converter ??= createOffsetConverter(article.text);
  try {
    const start = article.converter.toCodePoint(range.start);
    const end = article.converter.toCodePoint(range.end);
    return [quote, { type: 'TextPositionSelector', start, end }];
  } catch {
    return [quote];
  }
}

function bodies(annotation: Annotation, tagsById: ReadonlyMap<string, Tag>): object[] {
  const out: object[] = [];
  for (const tag of tagsOf(annotation.tagIds, tagsById)) {
    out.push({ type: 'TextualBody', purpose: 'tagging', value: tag.name });
  }
  if (annotation.note !== '') {
    out.push({
      type: 'TextualBody',
      purpose: 'commenting',
      format: 'text/markdown',
      value: annotation.note,
    });
  }
  return out;
}

function motivation(annotation: Annotation, bodyCount: number): W3CMotivation {
  if (bodyCount === 0) return 'highlighting';
  return annotation.note !== '' ? 'commenting' : 'tagging';
}

function annotationItem(
  annotation: Annotation,
  article: ArticleContext,
  tagsById: ReadonlyMap<string, Tag>,
  coder: Coder | undefined,
): object {
  const body = bodies(annotation, tagsById);
  const targets = annotation.ranges.map((range) => ({
    source: article.iri,
    selector: selectors(range, article),
  }));
  return {
    // Each item carries the context, so one annotation taken out of the page still reads right.
    '@context': GLOSS_W3C_CONTEXT,
    id: uuidIri(annotation.id),
    type: 'Annotation',
    motivation: motivation(annotation, body.length),
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    ...(coder ? { creator: creatorOf(coder) } : {}),
    ...(body.length > 0 ? { body } : {}),
    target: targets.length === 1 ? targets[0] : targets,
  };
}

function memoItem(memo: ArticleMemo): object {
  return {
    '@context': GLOSS_W3C_CONTEXT,
    id: uuidIri(stableUuid(`gloss-memo:${memo.articleId}`)),
    type: 'Annotation',
    motivation: 'commenting',
    created: memo.updatedAt,
    modified: memo.updatedAt,
    body: [
      { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: memo.text },
    ],
    target: articleIri(memo.articleId),
  };
}

function envelope(input: ExportInput, total: number, collectionId: string | undefined): string {
  const exportedAt = input.exportedAt.toISOString();
  const id =
    collectionId ??
    stableUuid(`collection:${exportedAt}:${total}:${input.annotations[0]?.id ?? ''}`);
  const collection = {
    '@context': GLOSS_W3C_CONTEXT,
    id: uuidIri(id),
    type: 'AnnotationCollection',
    label: `Gloss annotations exported ${exportedAt} (${W3C_OFFSET_NOTE})`,
    'gloss:offsetUnit': 'codepoint',
    total,
    // The model forbids `first` on an empty collection.
    ...(total > 0
      ? {
          first: {
            id: uuidIri(stableUuid(`page:${id}`)),
            type: 'AnnotationPage',
            startIndex: 0,
            items: ITEMS_PLACEHOLDER,
          },
        }
      : {}),
  };
  return JSON.stringify(collection, null, 2);
}

/**
 * Writes the annotations as a W3C Web Annotation AnnotationCollection
 * (JSON-LD) with one embedded AnnotationPage. Each annotation targets
 * `urn:gloss:article:<id>` with a TextQuoteSelector and, where the quote is
 * at its stored offsets, a TextPositionSelector in Unicode code points.
 * Tags become TextualBody bodies with purpose "tagging", the note one with
 * purpose "commenting" (text/markdown). Article memos follow as annotations
 * on the whole article. The offset unit is stated in the collection's label
 * and its "gloss:offsetUnit" (the `gloss:` prefix is defined in the
 * context). Every item carries the same context.
 *
 * Each item is serialised on its own and the text joined once; offsets go
 * through one converter per article.
 */
export function exportW3C(input: ExportInput, options: W3CExportOptions = {}): string {
  const { onProgress } = options;
  const articlesById = new Map(input.articles.map((article) => [article.id, article]));
  const tagsById = byId(input.tags);
  const codersById = new Map((input.coders ?? []).map((coder) => [coder.id, coder]));
  const contexts = new Map<string, ArticleContext>();
  const memos = input.memos.filter((memo) => memo.text !== '');
  const total = input.annotations.length + memos.length;

  const items: string[] = [];
  for (const annotation of input.annotations) {
    let article = contexts.get(annotation.articleId);
    if (!article) {
      article = articleContext(articlesById.get(annotation.articleId), annotation.articleId);
      contexts.set(annotation.articleId, article);
    }
    items.push(
      JSON.stringify(
        annotationItem(annotation, article, tagsById, codersById.get(annotation.coderId)),
      ),
    );
    if (onProgress && items.length % PROGRESS_STEP === 0) onProgress(items.length, total);
  }
  for (const memo of memos) items.push(JSON.stringify(memoItem(memo)));

  const itemsJson = `[\n      ${items.join(',\n      ')}\n    ]`;
  const text = `${envelope(input, total, options.collectionId).replace(JSON.stringify(ITEMS_PLACEHOLDER), () => itemsJson)}\n`;
  onProgress?.(total, total);
  return text;
}
