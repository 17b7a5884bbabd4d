import { findDate, isStandaloneDate } from './date';

// Page furniture after which the rest of the page is furniture too: teaser lists, tag clouds.
// prettier-ignore
const SECTION_MARKERS = new Set([
  'check also', 'related posts', 'related articles', 'related stories', 'related news',
  'read also', 'read more', 'see also', 'more on this topic', 'you may also like', 'tags',
  'lire aussi', 'à lire aussi', 'voir aussi', 'sur le même sujet', 'mots-clés', 'mots clés',
]);
// Page furniture that stands alone: share buttons, section names, ad slots.
// prettier-ignore
const LINE_MARKERS = new Set([
  'share', 'share this', 'share this article', 'print', 'email', 'tweet', 'advertisement',
  'bulletin français', 'publicité', 'partager',
]);
const TAG_LIST = /^\s*(?:tags|mots[- ]clés)\s*:/iu;
const BULLET = /^\s*[•▪►‣◦]/u;
const TIMESTAMP_LABEL =
  /^\s*(?:\(\s*)?(?:last modified|last updated|updated|published|posted|mis à jour|publié le)\b/iu;

/** The longest marker, colon included: a longer line is no marker, without lower-casing it. */
const MAX_MARKER = Math.max(...[...SECTION_MARKERS, ...LINE_MARKERS].map((m) => m.length)) + 1;

function markerKey(line: string): string {
  const trimmed = line.trim();
  if (trimmed.length > MAX_MARKER) return '';
  const key = trimmed.endsWith(':') ? trimmed.slice(0, -1).trimEnd() : trimmed;
  return key.toLowerCase();
}

/** True for a line like "Check Also" or "Tags" that opens a block of page furniture. */
export function isSectionMarker(line: string): boolean {
  return SECTION_MARKERS.has(markerKey(line));
}

/** True for a line that is page furniture on its own: "Share", "Bulletin français", "Tags: …". */
export function isChromeLine(line: string): boolean {
  return isSectionMarker(line) || LINE_MARKERS.has(markerKey(line)) || TAG_LIST.test(line);
}

/** True for a line that opens with a bullet glyph ("  • Sooner Syria crisis ends better"). */
export function isBulletLine(line: string): boolean {
  return BULLET.test(line);
}

/** The text of a bullet line without its bullet, for comparing a teaser with the headline. */
export function withoutBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

/**
 * True for a line about the page rather than the story: "(last modified Wed, 02 Nov 2016
 * 16:37:11 GMT )", "Updated: 2 Nov 2016", or a date standing alone ("Nov 02, 2016 16:37 UTC").
 */
export function isMetaLine(line: string): boolean {
  if (isStandaloneDate(line)) return true;
  return TIMESTAMP_LABEL.test(line) && (findDate(line) !== null || /\d{1,2}:\d{2}/u.test(line));
}

/** True for a teaser cut short by the page ("…la levée des …"). */
export function endsTruncated(line: string): boolean {
  return /(?:…|\.\.\.)\s*$/u.test(line);
}
