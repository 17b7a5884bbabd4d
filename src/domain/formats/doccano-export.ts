import type { Annotation, Tag } from '../model';
import { tagsById as byId, tagsOf } from '../codebook/lookup';
import { createOffsetConverter } from '../text/units';
import { DOCCANO_META } from './doccano-vocab';
import type { ArticleWithText } from '../corpus/types';
import type { ExportInput } from './types';

export { UNTAGGED_LABEL } from './doccano-vocab';

type Label = [number, number, string];

function labelsFor(
  article: ArticleWithText,
  annotations: readonly Annotation[],
  tagsById: ReadonlyMap<string, Tag>,
): Label[] {
  const converter = createOffsetConverter(article.text);
  const labels: Label[] = [];
  for (const annotation of annotations) {
    const names = tagsOf(annotation.tagIds, tagsById).map((tag) => tag.name);
    for (const range of annotation.ranges) {
      // Only spans that still hold their quote: doccano has no quote to re-anchor by.
      if (article.text.slice(range.start, range.end) !== range.exact) continue;
      let start: number;
      let end: number;
      try {
        start = converter.toCodePoint(range.start);
        end = converter.toCodePoint(range.end);
      } catch {
        continue; // An offset inside a surrogate pair has no code point position.
      }
      // doccano turns every label into a label type, so untagged highlights stay out.
      for (const name of names) labels.push([start, end, name]);
    }
  }
  return labels.sort(
    (a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0),
  );
}

/**
 * Writes doccano sequence-labelling JSONL: one line per article that has
 * annotations, `{"id", "text", "label": [[start, end, "tag"], …], "meta"}`.
 * Offsets count Unicode code points, as doccano (Python) does, and every
 * line's `meta` says so (`"offsetUnit": "codepoint"`), since JSONL has no
 * header. One label per tag; highlights without tags are left out (doccano
 * would make "(untagged)" a label type), and each line's `meta.untagged`
 * says how many were. Notes have no place in the format and are not written.
 */
export function exportDoccano(input: ExportInput): string {
  const tagsById = byId(input.tags);
  const byArticle = new Map<string, Annotation[]>();
  for (const annotation of input.annotations) {
    const list = byArticle.get(annotation.articleId);
    if (list) list.push(annotation);
    else byArticle.set(annotation.articleId, [annotation]);
  }
  const lines: string[] = [];
  for (const article of input.articles) {
    const annotations = byArticle.get(article.id);
    if (!annotations) continue;
    const line = {
      id: article.id,
      text: article.text,
      label: labelsFor(article, annotations, tagsById),
      meta: {
        ...DOCCANO_META,
        title: article.title,
        textHash: article.textHash,
        untagged: annotations.filter((a) => !a.tagIds.some((id) => tagsById.has(id))).length,
      },
    };
    lines.push(JSON.stringify(line));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
