import type { Paragraph } from './types';

/**
 * Whether a paragraph folds away with the page extras: site furniture (`chrome`), timestamps
 * (`meta` lines other than the headline: the date is already in the article's meta line) and
 * the trailing byline (the meta line already says "By …"). They stay in the canonical text and
 * come back with "Show page extras".
 */
export function isPageExtra(paragraph: Paragraph, hasBylineInMeta: boolean): boolean {
  if (paragraph.kind === 'chrome' || paragraph.kind === 'meta') return true;
  return paragraph.kind === 'byline' && hasBylineInMeta;
}
