/** What a column of an imported table can hold, one field of an article. */
export type ColumnRole = 'text' | 'title' | 'outlet' | 'date' | 'language' | 'url' | 'author';

/** The roles in the order the mapping step shows them, with their labels. */
export const COLUMN_ROLES: readonly { role: ColumnRole; label: string }[] = [
  { role: 'text', label: 'Text' },
  { role: 'title', label: 'Title' },
  { role: 'outlet', label: 'Outlet' },
  { role: 'date', label: 'Date' },
  { role: 'language', label: 'Language' },
  { role: 'url', label: 'URL' },
  { role: 'author', label: 'Author' },
];

/** Which column holds each field (null: none), and which other columns are kept as metadata. */
export interface ColumnMapping {
  columns: Record<ColumnRole, string | null>;
  extra: string[];
}

// Header names common in news-database, scraper and spreadsheet exports (Media Cloud, GDELT,
// Factiva, Europresse, newspaper3k), best first, compared without case, spaces or punctuation.
const GUESSES: Readonly<Record<ColumnRole, readonly string[]>> = {
  text: ['text', 'body', 'content', 'fulltext', 'articletext', 'articlebody', 'maintext', 'story'],
  title: ['title', 'headline', 'heading', 'articletitle', 'head'],
  outlet: [
    'medianame',
    'source',
    'outlet',
    'publisher',
    'media',
    'sourcename',
    'publication',
    'newspaper',
    'sitename',
  ],
  date: [
    'publishdate',
    'date',
    'published',
    'publishedat',
    'publicationdate',
    'pubdate',
    'datepublished',
    'created',
    'timestamp',
  ],
  language: ['language', 'lang', 'languagecode', 'locale'],
  url: ['url', 'link', 'href', 'articleurl', 'permalink', 'canonicalurl'],
  author: ['author', 'byline', 'authors', 'writer', 'creator'],
};

function key(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Guesses which column is which from the header names; each column is used once, and a role
 * with no likely column stays null. The text column falls back to the column with the longest
 * cells of the sample, since every table has one.
 */
export function guessMapping(
  headers: readonly string[],
  sample: readonly Record<string, string>[] = [],
): ColumnMapping {
  const used = new Set<string>();
  const columns = {} as Record<ColumnRole, string | null>;
  for (const { role } of COLUMN_ROLES) {
    const wanted = GUESSES[role];
    const found = wanted
      .map((name) => headers.find((header) => !used.has(header) && key(header) === name))
      .find((header) => header !== undefined);
    columns[role] = found ?? null;
    if (found !== undefined) used.add(found);
  }
  if (columns.text === null) {
    const length = (header: string) =>
      sample.reduce((sum, row) => sum + (row[header]?.length ?? 0), 0);
    const longest = headers
      .filter((header) => !used.has(header))
      .sort((a, b) => length(b) - length(a))[0];
    if (longest !== undefined && length(longest) > 0) columns.text = longest;
  }
  return { columns, extra: [] };
}
