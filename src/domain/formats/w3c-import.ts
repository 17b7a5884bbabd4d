import type { Annotation } from '../model';
import { LOCAL_CODER_ID } from '../coders/ids';
import { createOffsetConverter } from '../text/units';
import { AnnotationSchema, firstIssue } from '../validation';
import { isJsonObject, own, parseJson } from './json';
import { skipped } from './records';
import { ImportedTags } from './imported-tags';
import type { ArticleMemo, ImportBundle, KnownArticles, SkippedRecord } from './types';
import { readBodies, stringsOf } from './w3c-import-body';
import { annotationItems } from './w3c-import-items';
import { anchorTargets, articleIdForSource, type ConvertibleText } from './w3c-import-anchor';
import { readDate, readId, Skip } from './w3c-import-fields';
import { readTargets, type ParsedTarget } from './w3c-import-target';
import { DerivedIds } from './stable-id';
import { CreatorTally } from './w3c-creator';
import { recordsChecked } from './import-progress';

/** Options of {@link importW3C}. */
export interface W3CImportOptions {
  /** The time given to records the file does not date, and to new tags. */
  now?: Date;
  /**
   * Finds the article of targets whose source names none (a web page's URL,
   * say): the Hypothesis importer matches by quote. Returns null when none fits.
   */
  locate?: (targets: readonly ParsedTarget[], articles: KnownArticles) => string | null;
  /** The format the bundle reports (Hypothesis files are read as W3C). */
  format?: ImportBundle['format'];
}

/** The annotation's `creator`: a name, or an Agent's `name` or `nickname`; null when absent. */
function readCreator(item: Record<string, unknown>): string | null {
  const creator = own(item, 'creator');
  const agent = Array.isArray(creator) ? (creator[0] as unknown) : creator;
  const name = isJsonObject(agent) ? (own(agent, 'name') ?? own(agent, 'nickname')) : agent;
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 200) : null;
}

/** Reads W3C files into a bundle: one instance per import. */
class W3CReader {
  readonly tags: ImportedTags;
  readonly ids = new DerivedIds();
  readonly annotations: Annotation[] = [];
  readonly memos = new Map<string, ArticleMemo>();
  readonly skipped: SkippedRecord[] = [];
  /** How many annotations had positions that only fit as UTF-16 code units. */
  utf16Count = 0;
  private readonly texts = new Map<string, ConvertibleText>();
  readonly creators = new CreatorTally();

  constructor(
    private readonly articles: KnownArticles,
    private readonly now: string,
    private readonly locate: W3CImportOptions['locate'],
  ) {
    this.tags = new ImportedTags(this.now, this.ids);
  }

  private articleText(id: string): ConvertibleText {
    let article = this.texts.get(id);
    if (!article) {
      const known = this.articles.get(id)!;
      article = { ...known, converter: createOffsetConverter(known.text) };
      this.texts.set(id, article);
    }
    return article;
  }

  read(item: unknown, index: number): void {
    if (isJsonObject(item)) this.creators.add(own(item, 'creator'));
    try {
      this.readItem(item, index);
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      const id =
        isJsonObject(item) && typeof own(item, 'id') === 'string' ? String(own(item, 'id')) : '';
      this.skipped.push(skipped('annotation', index, id, error.message));
    }
  }

  private readItem(item: unknown, index: number): void {
    if (!isJsonObject(item)) throw new Skip('must be an object');
    const types = stringsOf(own(item, 'type'));
    if (own(item, 'type') !== undefined && !types.includes('Annotation')) {
      throw new Skip(`not an Annotation (type ${JSON.stringify(own(item, 'type'))})`);
    }
    const id = readId(item, index, this.ids);
    const targets = readTargets(item);
    if (!targets.ok) throw new Skip(targets.reason);
    const sources = new Set(targets.targets.map((target) => target.source));
    if (sources.size > 1) throw new Skip('its targets are in more than one article');
    const source = targets.targets[0]!.source;
    const articleId =
      articleIdForSource(source, this.articles) ??
      this.locate?.(targets.targets, this.articles) ??
      null;
    if (articleId === null) throw new Skip(`unknown article ${source}`);
    const bodies = readBodies(item, stringsOf(own(item, 'motivation')));
    if (!bodies.ok) throw new Skip(bodies.reason);
    const createdAt = readDate(item, 'created', this.now);
    const updatedAt = readDate(item, 'modified', createdAt);

    const article = this.articleText(articleId);
    const wholeArticle = targets.targets.every((t) => t.quote === null && t.position === null);
    if (wholeArticle) return this.readMemo(articleId, bodies.tagNames, bodies.note, updatedAt);

    const anchored = anchorTargets(targets.targets, article);
    if (!anchored.ok) throw new Skip(anchored.reason);
    const { ranges, status } = anchored;
    const utf16 = anchored.utf16;
    const creator = readCreator(item);
    const tagIds = [...new Set(bodies.tagNames.map((name) => this.tags.idFor(name)))];
    const annotation = {
      id,
      articleId,
      textHash: article.textHash,
      ranges,
      tagIds,
      note: bodies.note,
      color: null,
      createdAt,
      updatedAt,
      status,
      ...(creator !== null ? { creator } : {}),
      coderId: LOCAL_CODER_ID,
    };
    const checked = AnnotationSchema.safeParse(annotation);
    if (!checked.success) {
      const issue = firstIssue(checked.error);
      throw new Skip(`${issue.path} ${issue.message}`.trim());
    }
    if (utf16) this.utf16Count++;
    this.annotations.push(checked.data);
  }

  private readMemo(articleId: string, tagNames: string[], note: string, updatedAt: string): void {
    if (tagNames.length > 0)
      throw new Skip('an annotation on a whole article cannot carry tags in Gloss');
    if (note === '')
      throw new Skip('an annotation on a whole article without a note has nothing to import');
    if (this.memos.has(articleId)) throw new Skip('the article already has a memo in this file');
    this.memos.set(articleId, { articleId, text: note, updatedAt });
  }
}

/**
 * Reads W3C Web Annotation JSON-LD written by Gloss or by another tool.
 *
 * Annotations whose target source is a known article are anchored by quote
 * and position (code points, converted to UTF-16); tags come from
 * TextualBody bodies with purpose "tagging" (created by name; planImport
 * matches them to local tags by name), the note from the other textual
 * bodies. An annotation on a whole article (no selector) is the article's
 * memo. Whatever cannot be imported is listed in `skipped` with its reason.
 *
 * @throws ImportError when the file is not JSON or not a W3C document at all.
 */
export function importW3C(
  text: string,
  knownArticles: KnownArticles,
  options: W3CImportOptions = {},
): ImportBundle {
  return importW3CItems(annotationItems(parseJson(text)), knownArticles, options);
}

/**
 * Reads already parsed W3C annotations (see {@link importW3C}); other
 * importers (Hypothesis) translate their records to these first.
 */
export function importW3CItems(
  items: readonly unknown[],
  knownArticles: KnownArticles,
  options: W3CImportOptions = {},
): ImportBundle {
  const reader = new W3CReader(
    knownArticles,
    (options.now ?? new Date()).toISOString(),
    options.locate,
  );
  items.forEach((item, index) => {
    if (index % 256 === 0) recordsChecked(index, items.length);
    reader.read(item, index);
  });
  const notices =
    reader.utf16Count > 0
      ? [
          `This file counts TextPositionSelector offsets in UTF-16 code units, not the code points the W3C model asks for; ${reader.utf16Count} annotation${reader.utf16Count === 1 ? ' was' : 's were'} placed exactly by reading them that way.`,
        ]
      : [];
  return {
    format: options.format ?? 'w3c',
    exportedAt: null,
    articles: [],
    tags: reader.tags.list(),
    annotations: reader.annotations,
    memos: [...reader.memos.values()],
    documents: [],
    skipped: reader.skipped,
    formerIds: reader.ids.former,
    notices,
    coderName: reader.creators.main(),
  };
}
