import Papa from 'papaparse';
import { describeRange } from '../anchoring/describe';
import { nextTagColor, normalizeTagName, tagNameKey, tagNameProblem } from '../codebook';
import type { Annotation, Tag, TextRange } from '../model';
import { IsoDateTimeSchema } from '../validation/schemas';
import { ImportError } from './errors';
import { stableUuid } from './stable-id';
import type { ImportBundle, KnownArticles, KnownText } from './types';

/*
 * An annotation table read as one coder's layer: Gloss's own CSV export (one row per annotation
 * × range × tag, UTF-16 offsets) or any table with the same columns. Every row is checked, and
 * the first bad one stops the import with its row and column, so nothing is half-read. Offsets
 * are trusted only where the article's text at them is the quote; otherwise the quote is looked
 * for (the occurrence nearest the given offsets), and a row whose quote is not in the article
 * is refused.
 */

/** The columns a coder CSV must have, each under any of its names (letter case ignored). */
const COLUMNS = {
  article: ['article_id', 'article id', 'document_id'],
  quote: ['quote', 'exact', 'text'],
  start: ['start_utf16', 'start'],
  end: ['end_utf16', 'end'],
} as const;
const OPTIONAL = {
  tag: ['tag', 'tags', 'code'],
  id: ['id', 'annotation_id'],
  note: ['note', 'memo', 'comment'],
  created: ['created', 'created_at'],
  updated: ['updated', 'updated_at'],
  coder: ['coder', 'creator', 'user'],
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Undoes the export's spreadsheet guard (csv.ts guardFormula): `'=x` → `=x`, `a;'=b` → `a;=b`. */
function unguard(cell: string): string {
  return cell.replace(/^'(?=[=+\-@\t\r])/, '').replace(/([,;])'(?=[=+\-@\t\r])/g, '$1');
}

function fail(row: number, column: string, problem: string): never {
  throw new ImportError(`Row ${row}, column "${column}": ${problem}.`, `row ${row}`);
}

/** The occurrence of `quote` in `text` nearest `near`, or -1. */
function nearestOccurrence(text: string, quote: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (best === -1 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

interface Group {
  id: string;
  articleId: string;
  ranges: TextRange[];
  tagKeys: string[];
  note: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Reads an annotation CSV (comma, semicolon or tab separated; Gloss's export or the same
 * columns) into a bundle for "Import as coder". Rows that share an `id` are one annotation
 * (its ranges and tags); without an id every row is one. The `coder` column proposes the name.
 * @throws ImportError naming the row and column of the first bad cell
 */
export function importAnnotationCsv(
  text: string,
  known: KnownArticles,
  fileName = 'annotations.csv',
  now: Date = new Date(),
): ImportBundle {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: /\.tsv$/i.test(fileName) ? '\t' : '',
    skipEmptyLines: 'greedy',
  });
  const broken = parsed.errors.find((e) => e.code !== 'UndetectableDelimiter');
  if (broken) throw new ImportError(`Row ${(broken.row ?? 0) + 1}: ${broken.message}.`);
  const [header = [], ...rows] = parsed.data;
  const names = header.map((cell) => cell.trim().toLowerCase());
  const find = (aliases: readonly string[]) => names.findIndex((n) => aliases.includes(n));
  const required = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, aliases]) => {
      const at = find(aliases);
      if (at === -1)
        throw new ImportError(
          `This CSV has no "${aliases[0]}" column in its first row; a coder's CSV needs ${Object.values(
            COLUMNS,
          )
            .map((a) => `"${a[0]}"`)
            .join(', ')} (as Gloss's CSV export has).`,
        );
      return [key, at];
    }),
  ) as Record<keyof typeof COLUMNS, number>;
  const optional = Object.fromEntries(
    Object.entries(OPTIONAL).map(([key, aliases]) => [key, find(aliases)]),
  ) as Record<keyof typeof OPTIONAL, number>;
  const columnName = (at: number) => header[at]?.trim() ?? '';
  const stamp = now.toISOString();

  const tags = new Map<string, Tag>();
  const groups = new Map<string, Group>();
  const coderVotes = new Map<string, number>();
  let reanchored = 0;

  rows.forEach((cells, index) => {
    const row = index + 2; // the header is row 1, as a spreadsheet numbers them
    const cell = (at: number) => (at === -1 ? '' : (cells[at] ?? ''));
    const articleId = cell(required.article).trim();
    if (articleId === '') fail(row, columnName(required.article), 'the article id is empty');
    const article: KnownText | undefined = known.get(articleId);
    if (!article) fail(row, columnName(required.article), `no article "${articleId}" here`);
    const offset = (at: number) => {
      const raw = cell(at).trim();
      if (!/^\d+$/.test(raw)) fail(row, columnName(at), `"${raw}" is not a whole number`);
      return Number(raw);
    };
    const start = offset(required.start);
    const end = offset(required.end);
    if (end <= start)
      fail(row, columnName(required.end), `the end (${end}) must be after the start (${start})`);
    const rawQuote = cell(required.quote);
    if (rawQuote === '') fail(row, columnName(required.quote), 'the quote is empty');
    const quotes = [...new Set([unguard(rawQuote), rawQuote])];
    let placed =
      quotes.find((q) => article.text.slice(start, end) === q) !== undefined ? start : -1;
    let quote = placed === -1 ? '' : article.text.slice(start, end);
    if (placed === -1) {
      for (const q of quotes) {
        const at = nearestOccurrence(article.text, q, start);
        if (at !== -1) {
          placed = at;
          quote = q;
          reanchored++;
          break;
        }
      }
    }
    if (placed === -1)
      fail(
        row,
        columnName(required.quote),
        `the quote is neither at ${start}–${end} nor anywhere in article "${articleId}"`,
      );

    const tagName = unguard(cell(optional.tag));
    let tagKey: string | null = null;
    if (tagName.trim() !== '') {
      const problem = tagNameProblem(tagName);
      if (problem) fail(row, columnName(optional.tag), problem.replace(/\.$/, ''));
      tagKey = tagNameKey(tagName);
      if (!tags.has(tagKey)) {
        tags.set(tagKey, {
          id: stableUuid(`gloss-tag:${tagKey}`),
          name: normalizeTagName(tagName),
          nameKey: tagKey,
          color: nextTagColor([...tags.values()]),
          description: '',
          hotkey: null,
          parentId: null,
          createdAt: stamp,
        });
      }
    }
    const date = (at: number) => {
      const raw = cell(at).trim();
      if (raw === '') return stamp;
      if (!IsoDateTimeSchema.safeParse(raw).success)
        fail(row, columnName(at), `"${raw}" is not a date and time like 2026-01-02T03:04:05Z`);
      return raw;
    };
    const createdAt = date(optional.created);
    const updatedAt = date(optional.updated);
    const coder = unguard(cell(optional.coder)).trim();
    if (coder !== '') coderVotes.set(coder, (coderVotes.get(coder) ?? 0) + 1);

    const idCell = cell(optional.id).trim();
    const key = idCell !== '' ? idCell : `row-${row}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        id: UUID.test(idCell) ? idCell.toLowerCase() : stableUuid(`csv-annotation:${key}`),
        articleId,
        ranges: [],
        tagKeys: [],
        note: unguard(cell(optional.note)),
        createdAt,
        updatedAt,
      };
      groups.set(key, group);
    } else if (group.articleId !== articleId) {
      fail(row, columnName(optional.id), `annotation "${idCell}" is on another article above`);
    }
    const range = describeRange(article.text, placed, placed + quote.length);
    if (!group.ranges.some((r) => r.start === range.start && r.end === range.end))
      group.ranges.push(range);
    if (tagKey && !group.tagKeys.includes(tagKey)) group.tagKeys.push(tagKey);
  });
  if (groups.size === 0) throw new ImportError('This CSV has a header but no annotation rows.');

  const annotations: Annotation[] = [...groups.values()].map((g) => ({
    id: g.id,
    articleId: g.articleId,
    textHash: known.get(g.articleId)!.textHash,
    ranges: g.ranges,
    tagIds: g.tagKeys.map((k) => tags.get(k)!.id),
    note: g.note,
    color: null,
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
    status: 'exact',
    coderId: 'local',
  }));
  const coderName =
    [...coderVotes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  return {
    format: 'annotation-csv',
    exportedAt: null,
    articles: [],
    tags: [...tags.values()],
    annotations,
    memos: [],
    documents: [],
    skipped: [],
    coderName,
    notices: [
      'Offsets are read as UTF-16 code units (the start_utf16 / end_utf16 columns).',
      ...(reanchored > 0
        ? [
            `${reanchored} ${reanchored === 1 ? 'row was' : 'rows were'} placed by their quote: the offsets pointed elsewhere.`,
          ]
        : []),
    ],
  };
}
