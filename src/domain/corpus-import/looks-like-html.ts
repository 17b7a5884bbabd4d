const PAGE_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/iu;
const BLOCK_TAG = /<(?:p|div|article|section|h[1-6]|li|br)[\s/>]/giu;

/**
 * Whether pasted text is a web page's HTML source rather than prose: a page's own start
 * (`<!doctype html>`, `<html>`), or at least three block tags. Prose that mentions a tag or two
 * stays prose.
 */
export function looksLikeHtml(text: string): boolean {
  if (PAGE_START.test(text)) return true;
  let blocks = 0;
  BLOCK_TAG.lastIndex = 0;
  while (BLOCK_TAG.exec(text) !== null) {
    blocks += 1;
    if (blocks >= 3) return true;
  }
  return false;
}
