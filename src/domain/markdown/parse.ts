import { safeHref } from './safe-link';

/** Inline Markdown, as data: never HTML. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] };

export type Block = { type: 'paragraph'; children: Inline[] } | { type: 'list'; items: Inline[][] };

const INLINE =
  /(\*\*([^*]+)\*\*)|(\*([^*\s][^*]*)\*|_([^_\s][^_]*)_)|(`([^`]+)`)|(\[([^\]]+)\]\(([^)\s]+)\))/;

/** Parses emphasis, strong, code spans and links; everything else stays literal text. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let rest = source;
  while (rest.length > 0) {
    const match = INLINE.exec(rest);
    if (!match) {
      out.push({ type: 'text', text: rest });
      break;
    }
    if (match.index > 0) out.push({ type: 'text', text: rest.slice(0, match.index) });
    const [whole, , strong, , em1, em2, , code, , label, href] = match;
    if (strong !== undefined) out.push({ type: 'strong', children: parseInline(strong) });
    else if (em1 !== undefined || em2 !== undefined)
      out.push({ type: 'em', children: parseInline(em1 ?? em2 ?? '') });
    else if (code !== undefined) out.push({ type: 'code', text: code });
    else if (label !== undefined && href !== undefined) {
      const safe = safeHref(href);
      out.push(
        safe
          ? { type: 'link', href: safe, children: parseInline(label) }
          : { type: 'text', text: whole },
      );
    }
    rest = rest.slice(match.index + whole.length);
  }
  return out;
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
