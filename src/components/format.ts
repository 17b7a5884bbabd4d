const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "fr" → "French"; unknown tags fall back to the tag itself. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** "2016-11-02" → "2 Nov 2016" (the date is a calendar date, so it is read in UTC). */
export function formatDate(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  // One formatter for every call: every card of the library shows a date.
  dates ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return dates.format(date);
}

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/** "10,005": a count as the app shows it. */
export function formatNumber(count: number): string {
  // One formatter for every call (toLocaleString builds one per call; lists call this often).
  counts ??= new Intl.NumberFormat('en');
  return counts.format(count);
}
let counts: Intl.NumberFormat | undefined;
let dates: Intl.DateTimeFormat | undefined;

export const UNKNOWN_OUTLET = 'Unknown outlet';

/** "2026-11-25T19:38:57.000Z" → "25 Nov 2026, 19:38" in the reader's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // One formatter for every call: building one per call (toLocaleString) costs about a
  // millisecond, paid by every editor and sidebar card that renders.
  dateTime ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return dateTime.format(date);
}
let dateTime: Intl.DateTimeFormat | undefined;

/** What a non-exact anchor means, in words. */
export function statusLabel(status: 'exact' | 'moved' | 'fuzzy' | 'orphan'): string {
  switch (status) {
    case 'exact':
      return 'Anchored exactly';
    case 'moved':
      return 'Moved: the text changed and the highlight was found again by its quote.';
    case 'fuzzy':
      return 'Approximate match: the quoted text changed. Check the highlight and confirm it.';
    case 'orphan':
      return 'Not found: the quoted text is no longer in the article.';
  }
}
