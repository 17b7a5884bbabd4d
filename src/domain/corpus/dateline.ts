/** The place-and-agency prefix of a news story's first paragraph, e.g. "Moscow, SANA-". */
export interface Dateline {
  /** UTF-16 length of the prefix, including the dash and the spaces after it. */
  length: number;
  /** The agency code or name the dateline credits ("SANA", "ST", "Reuters"), if any. */
  agency: string | null;
}

const PLACE = String.raw`\p{Lu}[\p{L}'’.\- ]{1,40}?`;
// The story must go on with a capital letter or a quote: "Paris, USA-based firm…" is prose.
const NEXT = String.raw`(?=["“«‘'\p{Lu}])`;
const DASH = String.raw`\s*[-–—]\s*`;
/** Longer than any dateline the patterns accept (place ≤ 41, credit ≤ 32, dash, spaces). */
const DATELINE_HEAD = 160;
const DATELINES: readonly RegExp[] = [
  // "Moscow, SANA-Russian…", "MOSCOW, (ST)- Russia’s…"
  new RegExp(String.raw`^${PLACE},\s*(?:\(([^()]{1,30})\)|(\p{Lu}{2,10}))${DASH}${NEXT}`, 'u'),
  // "WASHINGTON (Reuters) - …"
  new RegExp(String.raw`^${PLACE}\s+\(([^()]{1,30})\)${DASH}${NEXT}`, 'u'),
  // "Moscou / Le chef…" (SANA's French service) — a place, a slash, the story.
  new RegExp(String.raw`^${PLACE}\s+/\s+${NEXT}`, 'u'),
  // "MOSCOW — Russia’s…": an all-capitals place and a dash.
  new RegExp(String.raw`^\p{Lu}{2}[\p{Lu}.'’-]*(?: [\p{Lu}.'’-]+){0,4}\s+[–—-]\s+${NEXT}`, 'u'),
];

/**
 * Reads the dateline at the start of a paragraph ("Moscow, SANA-", "MOSCOW, (ST)- ",
 * "Moscou / ", "WASHINGTON (Reuters) - "). Returns null when the paragraph starts with prose.
 */
export function matchDateline(paragraph: string): Dateline | null {
  // A dateline is short and sits at the very start: the patterns only ever see its head, so a
  // long first line (mostly spaces, say) costs no more than a short one.
  const lead = paragraph.length - paragraph.trimStart().length;
  const head = paragraph.slice(lead, lead + DATELINE_HEAD);
  for (const pattern of DATELINES) {
    const match = pattern.exec(head);
    if (match) {
      const agency = match[1] ?? match[2] ?? null;
      return { length: lead + match[0].length, agency: agency?.trim() ?? null };
    }
  }
  return null;
}
