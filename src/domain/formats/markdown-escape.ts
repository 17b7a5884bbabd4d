import { SAFE_LINK_SCHEMES } from '../markdown/safe-link';

/*
 * Exported Markdown is opened in editors and renderers Gloss does not
 * control, so user text must not turn into HTML or live links there.
 */

/*
 * Only what CommonMark would read as markup is escaped: `<` (which could open
 * an HTML tag or an autolink) as the entity `&lt;`, never a backslash, which a
 * linkifying renderer takes into a URL just before it ("…/i.png\<img>" became
 * a link and a live tag), and an `&` that starts an entity reference, with a
 * backslash. A bare `&`, as in `?q=syria&lang=fr`, stays as it is,
 * so GFM renderers still autolink URLs; writing `&amp;` would break them.
 */
const ENTITY_START = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;

/** Escapes `<` and entity-starting `&`: any HTML in user text is shown, never run. */
export function escapeHtml(text: string): string {
  return text.replace(ENTITY_START, '\\&').replace(/</g, '&lt;');
}

/** Characters that make Markdown anywhere in a line (emphasis, links, code, tables). */
const INLINE_SIGNIFICANT = /[\\`*_[\]|~]/g;

/** Constructs that make Markdown only at the start of a line (headings, lists, rules). */
const LINE_START = /^(\s*)([#+=-]|\d+(?=[.)]))/;

/**
 * Escapes text so a Markdown renderer shows it literally: HTML characters
 * become entities, Markdown punctuation is backslash-escaped, and a line
 * that would start a heading, list or rule does not. Leading spaces are
 * dropped so no line becomes an indented code block.
 */
export function escapeMarkdownText(text: string): string {
  // Backslashes are escaped before escapeHtml adds its own.
  return escapeHtml(text.replace(INLINE_SIGNIFICANT, '\\$&'))
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .trimStart()
        .replace(LINE_START, (_whole, space: string, mark: string) =>
          /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
        ),
    )
    .join('\n');
}

/** One-line form of {@link escapeMarkdownText} for headings and list items. */
export function escapeInline(text: string): string {
  return escapeMarkdownText(text.replace(/\s+/g, ' ').trim());
}

/** `](target` and `[label]: target` whose target is not a safe link (SAFE_LINK_SCHEMES). */
const UNSAFE_INLINE_LINK = new RegExp(`\\]\\((?!\\s*${SAFE_LINK_SCHEMES})`, 'gi');
const UNSAFE_REFERENCE_LINK = new RegExp(
  // Blanks without line ends, and a label without them: linear however the line looks.
  `^([^\\S\\n\\r\\u2028\\u2029]*)\\[([^\\]\\n\\r\\u2028\\u2029]*)\\]:(?!\\s*${SAFE_LINK_SCHEMES})`,
  'gim',
);

/**
 * Prepares a note or memo, which may hold Markdown on purpose: formatting
 * stays, HTML is shown as text, and links whose target is not http(s) or
 * mailto (javascript:, data:, relative) are broken so they render as text,
 * and images are written as plain links so opening the file fetches nothing.
 */
export function safeMarkdown(text: string): string {
  return (
    escapeHtml(text)
      // "![alt](url)" is an image a viewer fetches as soon as the file is opened; an entity
      // for the "!" keeps it in the text and leaves a plain link (whatever backslashes precede).
      .replace(/!(?=\[)/g, '&#33;')
      .replace(UNSAFE_INLINE_LINK, '\\](')
      .replace(UNSAFE_REFERENCE_LINK, '$1\\[$2]:')
  );
}

/** Indents every line after the first, so a multi-line text stays inside a list item. */
export function indentContinuation(text: string, indent = '  '): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, index) => (index === 0 || line === '' ? line : indent + line))
    .join('\n');
}

/** Quotes text as a Markdown blockquote, escaped to show literally. */
export function blockquote(text: string): string {
  return escapeMarkdownText(text)
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}
