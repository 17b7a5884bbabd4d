import type { Article } from './corpus/types';
import { foldText } from './text/fold';

export type LibrarySortKey = 'title' | 'date' | 'outlet';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language as people type it: its code, its English name and its name in itself ("français"). */
export function languageSearchNames(tag: string): string[] {
  const names = [tag];
  try {
    names.push(englishNames.of(tag) ?? '');
    names.push(new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? '');
  } catch {
    // Not a valid language tag: the code alone.
  }
  return names.filter(Boolean);
}

/**
 * Filters library entries by a free-text query (title, outlet, byline, language by code or by
 * name in English or in itself; accents and case ignored) and sorts them. Dates sort newest first with undated entries last; ties keep title order.
 */
export function arrangeLibrary<T extends Article>(
  entries: readonly T[],
  query: string,
  sort: LibrarySortKey,
): T[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const matches = (entry: T) => {
    const haystack = foldText(
      [
        entry.title,
        entry.source ?? '',
        entry.byline ?? '',
        ...languageSearchNames(entry.language),
      ].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  };
  const byTitle = (a: T, b: T) => collator.compare(a.title, b.title);
  const compare: Record<LibrarySortKey, (a: T, b: T) => number> = {
    title: byTitle,
    date: (a, b) => {
      if (a.date === b.date) return byTitle(a, b);
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return b.date.localeCompare(a.date);
    },
    outlet: (a, b) => {
      if (a.source === b.source) return byTitle(a, b);
      if (a.source === null) return 1;
      if (b.source === null) return -1;
      return collator.compare(a.source, b.source) || byTitle(a, b);
    },
  };
  return entries.filter(matches).sort(compare[sort]);
}
