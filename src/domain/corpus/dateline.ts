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
const DATELINES: readonly RegExp[] = [
  // "Moscow, SANA-Russian…", "MOSCOW, (ST)- Russia’s…"
  new RegExp(String.raw`^\s*${PLACE},\s*(?:\(([^()]{1,30})\)|(\p{Lu}{2,10}))${DASH}${NEXT}`, 'u'),
  // "WASHINGTON (Reuters) - …"
  new RegExp(String.raw`^\s*${PLACE}\s+\(([^()]{1,30})\)${DASH}${NEXT}`, 'u'),
  // "Moscou / Le chef…" (SANA's French service) — a place, a slash, the story.
  new RegExp(String.raw`^\s*${PLACE}\s+/\s+${NEXT}`, 'u'),
  // "MOSCOW — Russia’s…": an all-capitals place and a dash.
  new RegExp(String.raw`^\s*\p{Lu}{2,}[\p{Lu} .'’-]*?\s+[–—-]\s+${NEXT}`, 'u'),
];

/**
 * Reads the dateline at the start of a paragraph ("Moscow, SANA-", "MOSCOW, (ST)- ",
 * "Moscou / ", "WASHINGTON (Reuters) - "). Returns null when the paragraph starts with prose.
 */
export function matchDateline(paragraph: string): Dateline | null {
  for (const pattern of DATELINES) {
    const match = pattern.exec(paragraph);
    if (match) {
      const agency = match[1] ?? match[2] ?? null;
      return { length: match[0].length, agency: agency?.trim() ?? null };
    }
  }
  return null;
}
