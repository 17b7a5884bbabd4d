import { LOCAL_CODER_ID } from '../coders/ids';
import { describeRange } from '../anchoring';
import { validateTagName } from '../codebook';
import type { Annotation } from '../model';
import { createOffsetConverter } from '../text/units';
import { ImportedTags } from './imported-tags';
import { readDoccanoLines, type DoccanoLine } from './doccano-lines';
import { UNTAGGED_LABEL } from './doccano-vocab';
import { skipped } from './records';
import { DerivedIds } from './stable-id';
import type { ImportBundle, KnownArticles, SkippedRecord } from './types';

/** Options of {@link parseDoccano}. */
export interface DoccanoImportOptions {
  /** The date given to the annotations and tags (doccano records none). */
  now?: Date;
}

interface Span {
  articleId: string;
  start: number;
  end: number;
  tagIds: string[];
}

class DoccanoReader {
  readonly tags: ImportedTags;
  readonly ids = new DerivedIds();
  readonly spans = new Map<string, Span>();
  readonly skipped: SkippedRecord[] = [];
  private readonly byText = new Map<string, string>();

  constructor(
    private readonly articles: KnownArticles,
    private readonly now: string,
  ) {
    this.tags = new ImportedTags(now, this.ids);
    for (const [id, article] of articles)
      if (!this.byText.has(article.text)) this.byText.set(article.text, id);
  }

  read({ line, text, spans }: DoccanoLine): void {
    const articleId = this.byText.get(text);
    if (articleId === undefined) {
      this.skipped.push(skipped('line', line, '', 'text does not match any known article'));
      return;
    }
    const converter = createOffsetConverter(text);
    for (const span of spans) {
      const skip = (reason: string) =>
        this.skipped.push(skipped('line', line, articleId, `\`${span.path}\` ${reason}`));
      if (span.end > converter.codePointLength) {
        skip(
          `end ${span.end} is beyond the end of the article (length ${converter.codePointLength} code points)`,
        );
        continue;
      }
      const problem = span.label === UNTAGGED_LABEL ? null : validateTagName(span.label, []);
      if (problem !== null) {
        skip(`label is not a usable tag name: ${problem}`);
        continue;
      }
      const start = converter.toUtf16(span.start);
      const end = converter.toUtf16(span.end);
      const key = `${articleId}\u0000${start}\u0000${end}`;
      let entry = this.spans.get(key);
      if (!entry) {
        entry = { articleId, start, end, tagIds: [] };
        this.spans.set(key, entry);
      }
      if (span.label === UNTAGGED_LABEL) continue;
      const tagId = this.tags.idFor(span.label);
      if (!entry.tagIds.includes(tagId)) entry.tagIds.push(tagId);
    }
  }

  annotation(span: Span): Annotation {
    const article = this.articles.get(span.articleId)!;
    return {
      id: this.ids.of(`doccano:${span.articleId}:${span.start}:${span.end}`),
      articleId: span.articleId,
      textHash: article.textHash,
      ranges: [describeRange(article.text, span.start, span.end)],
      tagIds: span.tagIds,
      note: '',
      color: null,
      createdAt: this.now,
      updatedAt: this.now,
      status: 'exact',
      coderId: LOCAL_CODER_ID,
    };
  }
}

/**
 * Reads doccano JSONL. A line whose `text` equals a known article's
 * canonical text exactly gives that article's annotations: one per distinct
 * span, with the span's labels as tags (created by name; planImport matches
 * them to local tags by name; "(untagged)" means no tag). Offsets are code
 * points. Lines with any other text, and spans past the end, are skipped
 * with a reason; a malformed line stops the import.
 * @throws ImportError naming the first malformed line and field.
 */
export function parseDoccano(
  text: string,
  knownArticles: KnownArticles,
  options: DoccanoImportOptions = {},
): ImportBundle {
  const lines = readDoccanoLines(text);
  const reader = new DoccanoReader(knownArticles, (options.now ?? new Date()).toISOString());
  for (const line of lines) reader.read(line);
  return {
    format: 'doccano',
    exportedAt: null,
    articles: [],
    tags: reader.tags.list(),
    annotations: [...reader.spans.values()].map((span) => reader.annotation(span)),
    memos: [],
    documents: [],
    skipped: reader.skipped,
    formerIds: reader.ids.former,
  };
}
