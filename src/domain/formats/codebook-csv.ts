import { nextTagColor, normalizeTagName, tagNameKey } from '../codebook';
import type { Tag } from '../model';
import { TagSchema, firstIssue } from '../validation';
import { guessSeparator, parseCsv } from './csv-read';
import { ImportError } from './errors';
import { skipped } from './records';
import { stableUuid } from './stable-id';
import type { ImportBundle, SkippedRecord } from './types';

const NAME_COLUMNS = ['name', 'tag', 'path'];

/**
 * Reads a codebook CSV (Taguette's, Gloss's, or one a person wrote): a
 * header with a `name`, `tag` or `path` column and optional `description`
 * and `color` columns, in any order and letter case; comma, semicolon or
 * tab separated. `Parent/Child` names a sub-tag (the parent is created if
 * no row names it). Rows with a bad name or colour are skipped with the
 * line number; tags are merged with the codebook by name.
 * @throws ImportError when there is no name column
 */
export function importCodebookCsv(text: string, now: Date = new Date()): ImportBundle {
  const body = text.replace(/^\uFEFF/, '');
  const rows = parseCsv(body, guessSeparator(body.split(/\r?\n/, 1)[0] ?? ''));
  const header = (rows[0] ?? []).map((cell) => cell.trim().toLowerCase());
  const nameColumn = header.findIndex((cell) => NAME_COLUMNS.includes(cell));
  if (nameColumn === -1) {
    throw new ImportError(
      'This CSV has no "name", "tag" or "path" column in its first line, so it is not a codebook.',
    );
  }
  const descriptionColumn = header.indexOf('description');
  const colorColumn = header.findIndex((cell) => cell === 'color' || cell === 'colour');
  const createdAt = now.toISOString();
  const tags: Tag[] = [];
  const byKey = new Map<string, Tag>();
  const skips: SkippedRecord[] = [];

  const add = (
    name: string,
    parent: Tag | null,
    line: number,
    description = '',
    color?: string,
  ): Tag | null => {
    const clean = normalizeTagName(name);
    const key = tagNameKey(clean);
    const existing = byKey.get(key);
    if (existing) {
      if (description !== '' || color !== undefined) {
        const updated = {
          ...existing,
          description: description || existing.description,
          color: color ?? existing.color,
        };
        tags[tags.indexOf(existing)] = updated;
        byKey.set(key, updated);
        return updated;
      }
      return existing;
    }
    const tag: Tag = {
      id: stableUuid(`gloss-tag:${key}`),
      name: clean,
      nameKey: key,
      color: color ?? nextTagColor(tags),
      description,
      hotkey: null,
      parentId: parent?.id ?? null,
      createdAt,
    };
    const checked = TagSchema.safeParse(tag);
    if (!checked.success) {
      const issue = firstIssue(checked.error);
      skips.push(skipped('line', line, '', `${issue.path} ${issue.message}`.trim()));
      return null;
    }
    tags.push(checked.data);
    byKey.set(key, checked.data);
    return checked.data;
  };

  rows.slice(1).forEach((row, offset) => {
    const line = offset + 2;
    const path = (row[nameColumn] ?? '').trim();
    if (path === '') return void skips.push(skipped('line', line, '', 'the name is empty'));
    const rawColor = colorColumn === -1 ? '' : (row[colorColumn] ?? '').trim();
    if (rawColor !== '' && !/^#[0-9a-fA-F]{6}$/.test(rawColor)) {
      return void skips.push(skipped('line', line, '', `colour "${rawColor}" is not like #rrggbb`));
    }
    const description = descriptionColumn === -1 ? '' : (row[descriptionColumn] ?? '').trim();
    const [first, ...rest] = path.split('/').map((part) => part.trim());
    const color = rawColor === '' ? undefined : rawColor.toLowerCase();
    if (rest.length === 0 || rest.join('/') === '')
      return void add(first!, null, line, description, color);
    const parent = add(first!, null, line);
    if (parent) add(rest.join('/'), parent, line, description, color);
  });
  return {
    format: 'codebook-csv',
    exportedAt: null,
    articles: [],
    tags,
    annotations: [],
    memos: [],
    documents: [],
    skipped: skips,
  };
}
