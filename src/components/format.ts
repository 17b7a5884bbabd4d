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
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}

export const UNKNOWN_OUTLET = 'Unknown outlet';
