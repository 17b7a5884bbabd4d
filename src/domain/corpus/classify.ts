import { looksLikeByline } from './byline';
import {
  endsTruncated,
  isBulletLine,
  isChromeLine,
  isMetaLine,
  isSectionMarker,
  withoutBullet,
} from './markers';
import type { Line } from './paragraphs';
import type { ParagraphKind } from './types';
import { markSubheads } from './subhead';
import { readsAsHeadline } from './title';

/** Kinds for each line, and which line (if any) is the headline the title was read from. */
export interface Classification {
  kinds: ParagraphKind[];
  headlineIndex: number | null;
}

/** The first line that is neither furniture nor a timestamp, when it reads as a headline. */
function findHeadline(texts: readonly string[], kinds: readonly ParagraphKind[]): number | null {
  const first = kinds.findIndex((kind, i) => kind === 'body' && !isBulletLine(texts[i] ?? ''));
  return first >= 0 && readsAsHeadline(texts[first] ?? '') ? first : null;
}

/**
 * Reads what each line of an article is:
 * - `chrome`: page furniture ("Check Also", "Tags", "Share", "Bulletin français"), everything
 *   after a section marker such as "Check Also" or "Related Posts" once the story has begun,
 *   a truncated teaser ("…") right after furniture, and "•" teaser lines that repeat another
 *   line or come before the story starts (a bulleted list inside the story stays body);
 * - `meta`: timestamps ("(last modified …)", "Nov 02, 2016 16:37 UTC") and the headline. The
 *   headline is meta because the reader shows it once, as the title, not again as body text;
 * - `byline`: the last line of the story when it is a name or initials ("Manal Ismael", "SS"),
 *   or its first line when it credits one ("By Sam Writer");
 * - `subhead`: a short headline-case line inside the story (see markSubheads);
 * - `body`: everything else.
 */
export function classifyLines(lines: readonly Line[]): Classification {
  const texts = lines.map((line) => line.text);
  const kinds: ParagraphKind[] = texts.map((text) => {
    if (isChromeLine(text)) return 'chrome';
    return isMetaLine(text) ? 'meta' : 'body';
  });

  const headlineIndex = findHeadline(texts, kinds);
  if (headlineIndex !== null) kinds[headlineIndex] = 'meta';

  // The story starts at its first line of prose; furniture may only precede it.
  const storyStart = kinds.findIndex((kind, i) => kind === 'body' && !isBulletLine(texts[i] ?? ''));
  const storyStarted = (index: number) => storyStart >= 0 && storyStart < index;
  const lineTexts = new Set(texts.map((text) => text.trim()));
  texts.forEach((text, i) => {
    if (!isBulletLine(text) || kinds[i] !== 'body') return;
    if (lineTexts.has(withoutBullet(text)) || !storyStarted(i)) kinds[i] = 'chrome';
  });

  const sectionStart = texts.findIndex((text, i) => isSectionMarker(text) && storyStarted(i));
  if (sectionStart >= 0) kinds.fill('chrome', sectionStart);
  texts.forEach((text, i) => {
    if (i > 0 && kinds[i - 1] === 'chrome' && endsTruncated(text)) kinds[i] = 'chrome';
  });

  markByline(texts, kinds, headlineIndex);
  markSubheads(lines, kinds);
  return { kinds, headlineIndex };
}

function markByline(
  texts: readonly string[],
  kinds: ParagraphKind[],
  headlineIndex: number | null,
): void {
  let last = kinds.length - 1;
  while (last >= 0 && (kinds[last] === 'chrome' || kinds[last] === 'meta')) last -= 1;
  if (last < 0 || kinds[last] !== 'body' || last === headlineIndex) return;
  const bodyBefore = kinds.slice(0, last).includes('body');
  if (bodyBefore && looksLikeByline(texts[last] ?? '')) kinds[last] = 'byline';
  // A credit at the top, as web pages put it ("By Sam Writer" under the headline), says "By".
  const first = kinds.findIndex((kind) => kind === 'body');
  const text = texts[first] ?? '';
  if (first >= 0 && first < last && CREDIT.test(text) && looksLikeByline(text))
    kinds[first] = 'byline';
}

const CREDIT = /^\s*(?:by|par|por|von)\s/iu;
