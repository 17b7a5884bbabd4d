import type { Annotation, Tag } from '../model';
import { tagsById, tagsOf } from '../codebook/lookup';
import { blockquote, escapeInline, indentContinuation, safeMarkdown } from './markdown-escape';
import type { ArticleWithText } from '../corpus/types';
import type { ExportInput } from './types';

/** Options of {@link exportMarkdown}. */
export interface MarkdownOptions {
  /** One section per article (with its memo) or one per tag. Default: article. */
  groupBy?: 'article' | 'tag';
}

interface Lookup {
  articles: ReadonlyMap<string, ArticleWithText>;
  tags: ReadonlyMap<string, Tag>;
  coders: ReadonlyMap<string, string>;
}

function articleHeading(article: ArticleWithText | undefined, id: string): string {
  if (!article) return `Unknown article ${escapeInline(id)}`;
  const title = escapeInline(article.title);
  return article.source ? `${title} — ${escapeInline(article.source)}` : title;
}

function tagName(tag: Tag, tags: ReadonlyMap<string, Tag>): string {
  const parent = tag.parentId === null ? undefined : tags.get(tag.parentId);
  return escapeInline(parent ? `${parent.name} › ${tag.name}` : tag.name);
}

function quotes(annotation: Annotation): string {
  return annotation.ranges.map((range) => blockquote(range.exact)).join('\n>\n> […]\n>\n');
}

function annotationBlock(annotation: Annotation, lookup: Lookup, showArticle: boolean): string {
  const lines = [quotes(annotation), ''];
  if (showArticle) {
    lines.push(
      `- Article: ${articleHeading(lookup.articles.get(annotation.articleId), annotation.articleId)}`,
    );
  }
  const names = tagsOf(annotation.tagIds, lookup.tags).map(
    (tag) => `**${tagName(tag, lookup.tags)}**`,
  );
  if (names.length > 0) lines.push(`- Tags: ${names.join(', ')}`);
  const coder = lookup.coders.get(annotation.coderId);
  if (coder !== undefined) lines.push(`- Coder: ${escapeInline(coder)}`);
  if (annotation.note !== '')
    lines.push(`- Note: ${indentContinuation(safeMarkdown(annotation.note))}`);
  lines.push(
    `- Created ${annotation.createdAt} · updated ${annotation.updatedAt} · id \`${annotation.id}\``,
  );
  return lines.join('\n');
}

function groupBy(annotations: readonly Annotation[], keys: (a: Annotation) => readonly string[]) {
  const groups = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    for (const key of keys(annotation)) {
      const group = groups.get(key);
      if (group) group.push(annotation);
      else groups.set(key, [annotation]);
    }
  }
  return groups;
}

function byArticle(input: ExportInput, lookup: Lookup): string[] {
  const memos = new Map(input.memos.map((memo) => [memo.articleId, memo]));
  const groups = groupBy(input.annotations, (a) => [a.articleId]);
  const ids = [...new Set([...input.articles.map((a) => a.id), ...groups.keys()])];
  return ids.flatMap((id) => {
    const annotations = groups.get(id) ?? [];
    const memo = memos.get(id);
    if (annotations.length === 0 && (!memo || memo.text === '')) return [];
    const parts = [`## ${articleHeading(lookup.articles.get(id), id)}`];
    if (memo && memo.text !== '') parts.push(`**Memo:** ${safeMarkdown(memo.text)}`);
    parts.push(...annotations.map((annotation) => annotationBlock(annotation, lookup, false)));
    return [parts.join('\n\n')];
  });
}

function byTag(input: ExportInput, lookup: Lookup): string[] {
  const groups = groupBy(input.annotations, (a) => a.tagIds);
  const sections = input.tags.flatMap((tag) => {
    const annotations = groups.get(tag.id);
    if (!annotations) return [];
    const blocks = annotations.map((annotation) => annotationBlock(annotation, lookup, true));
    return [[`## ${tagName(tag, lookup.tags)}`, ...blocks].join('\n\n')];
  });
  const untagged = input.annotations.filter((a) => !a.tagIds.some((id) => lookup.tags.has(id)));
  if (untagged.length > 0) {
    const blocks = untagged.map((annotation) => annotationBlock(annotation, lookup, true));
    sections.push(['## Untagged highlights', ...blocks].join('\n\n'));
  }
  return sections;
}

/**
 * Writes the annotations as Markdown for reading and sharing: grouped by
 * article (`## Title — Outlet`, the article memo, then each quote with its
 * tags and note) or by tag. Quotes, titles and tag names are escaped to show
 * literally; notes and memos keep their Markdown but not HTML or unsafe
 * links. The header says the file gives no offsets.
 */
export function exportMarkdown(input: ExportInput, options: MarkdownOptions = {}): string {
  const grouping = options.groupBy ?? 'article';
  const lookup: Lookup = {
    articles: new Map(input.articles.map((article) => [article.id, article])),
    tags: tagsById(input.tags),
    coders: new Map((input.coders ?? []).map((coder) => [coder.id, coder.name])),
  };
  const count = input.annotations.length;
  const header = [
    '# Gloss annotations',
    `Exported ${input.exportedAt.toISOString()} · ${count} annotation${count === 1 ? '' : 's'} · grouped by ${grouping}.`,
    'Quotes are copied verbatim from the article texts; this file gives no character offsets (offset unit: none — use the native, W3C, doccano or CSV export for positions).',
  ].join('\n\n');
  const sections = grouping === 'tag' ? byTag(input, lookup) : byArticle(input, lookup);
  return `${[header, ...sections].join('\n\n')}\n`;
}
