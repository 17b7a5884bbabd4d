// English and French month names and abbreviations, lower-cased, mapped to 1–12.
// prettier-ignore
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, janvier: 1, janv: 1,
  feb: 2, february: 2, février: 2, fevrier: 2, févr: 2, fev: 2, fév: 2,
  mar: 3, march: 3, mars: 3,
  apr: 4, april: 4, avril: 4, avr: 4,
  may: 5, mai: 5,
  jun: 6, june: 6, juin: 6,
  jul: 7, july: 7, juillet: 7, juil: 7,
  aug: 8, august: 8, août: 8, aout: 8,
  sep: 9, sept: 9, september: 9, septembre: 9,
  oct: 10, october: 10, octobre: 10,
  nov: 11, november: 11, novembre: 11,
  dec: 12, december: 12, décembre: 12, decembre: 12, déc: 12,
};

const MONTH = String.raw`(\p{L}{3,9})\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er)?`;
const YEAR = String.raw`(\d{4})`;
// Each pattern names where its year, month and day are; a date without a year never matches,
// so "February 26" alone is not turned into a date.
const PATTERNS: readonly { regex: RegExp; year: number; month: number; day: number }[] = [
  {
    regex: new RegExp(String.raw`(?<!\d)${YEAR}-(\d{2})-(\d{2})(?!\d)`, 'u'),
    year: 1,
    month: 2,
    day: 3,
  },
  {
    regex: new RegExp(String.raw`(?<![\p{L}\d])${DAY}\s+${MONTH},?\s+${YEAR}(?!\d)`, 'u'),
    day: 1,
    month: 2,
    year: 3,
  },
  {
    regex: new RegExp(String.raw`(?<!\p{L})${MONTH}\s+${DAY},?\s+${YEAR}(?!\d)`, 'u'),
    month: 1,
    day: 2,
    year: 3,
  },
];

const FOUR_DIGITS = /\d{4}/u;

export interface DateMatch {
  /** ISO 8601 calendar date, YYYY-MM-DD. */
  iso: string;
  index: number;
  length: number;
}

function toMonth(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  return MONTHS[token.toLowerCase()] ?? null;
}

/** "2016-11-02" for a real calendar day, null for one that does not exist (Feb 30). */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * Finds the first complete calendar date (with a year) in a line: "2016-11-02",
 * "02 Nov 2016", "Nov 02, 2016", "2 novembre 2016". Returns null when there is none.
 */
export function findDate(line: string): DateMatch | null {
  // Every pattern needs a four-digit year: most lines have none, and this one test is cheap.
  if (!FOUR_DIGITS.test(line)) return null;
  let best: DateMatch | null = null;
  for (const { regex, year, month, day } of PATTERNS) {
    const match = regex.exec(line);
    if (!match) continue;
    const monthNumber = toMonth(match[month] ?? '');
    const iso = monthNumber && isoDate(Number(match[year]), monthNumber, Number(match[day]));
    if (iso && (!best || match.index < best.index)) {
      best = { iso, index: match.index, length: match[0].length };
    }
  }
  return best;
}

const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)\p{L}{0,9}\.?`;
const TIME = String.raw`\d{1,2}[:h]\d{2}(?::\d{2})? ?(?:am|pm)?`;
const ZONE = String.raw`(?:utc|gmt|[a-z]{2,4}t|z|[+-]\d{2}:?\d{2})`;
/** A line longer than this is prose that mentions a date, not a dateline. */
const MAX_DATE_LINE = 200;
// Runs of separators become one space first, so the pattern has no two quantifiers that could
// trade the same characters (which made long runs of spaces cost their square).
function collapseSeparators(text: string): string {
  return text.replace(/[\s,|·–—-]+/gu, ' ');
}
const REST_OF_DATELINE = new RegExp(
  String.raw`^ ?(?:${WEEKDAY})? ?(?:(?:at|à) )?(?:${TIME})? ?(?:${ZONE})? ?$`,
  'iu',
);

/**
 * True for a line that is only a date, perhaps with a weekday, a time and a time zone
 * ("Nov 02, 2016 16:37 UTC", "Wed, 02 Nov 2016") — a standalone dateline, not prose.
 */
export function isStandaloneDate(line: string): boolean {
  // Checked first: searching a long paragraph for a date is most of the cost of classifying it.
  if (line.length > MAX_DATE_LINE) return false;
  const found = findDate(line);
  if (!found) return false;
  const before = collapseSeparators(line.slice(0, found.index));
  const after = collapseSeparators(line.slice(found.index + found.length));
  return REST_OF_DATELINE.test(before) && REST_OF_DATELINE.test(after);
}
