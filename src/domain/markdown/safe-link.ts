/**
 * The one rule for links in notes and memos, in the app and in Markdown exports: only
 * http(s) and mailto targets are links; anything else (javascript:, data:, relative) is text.
 * A regular-expression source, without anchors or flags, for building patterns from it.
 */
export const SAFE_LINK_SCHEMES = '(?:https?:|mailto:)';

const SAFE_TARGET = new RegExp(`^${SAFE_LINK_SCHEMES}`, 'i');

/** The trimmed link target when it is one Gloss lets through, else null. */
export function safeHref(href: string): string | null {
  const trimmed = href.trim();
  return SAFE_TARGET.test(trimmed) ? trimmed : null;
}
