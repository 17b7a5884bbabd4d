import { scanInline } from './inline';
import { safeHref } from './safe-link';
import type { Block, Inline } from './types';

export type { Block, Inline } from './types';

/**
 * Parses emphasis, strong, code spans and links; everything else stays literal text. Linear in
 * the length of the text, whatever it holds (see scanInline).
 */
export function parseInline(source: string): Inline[] {
  return scanInline(source, safeHref);
}

/**
 * A small, safe subset of Markdown for notes and memos: paragraphs (blank-line separated, single
 * newlines kept), bullet lists, emphasis, code and http(s)/mailto links. Raw HTML is plain text.
 */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    if (chunk.trim() === '') continue;
    const lines = chunk.split('\n');
    if (lines.every((line) => /^\s*[-*]\s+/.test(line))) {
      blocks.push({
        type: 'list',
        items: lines.map((line) => parseInline(line.replace(/^\s*[-*]\s+/, ''))),
      });
    } else {
      blocks.push({ type: 'paragraph', children: parseInline(chunk) });
    }
  }
  return blocks;
}
