import { isBlankText } from '../text/invisible';
import type { ColumnMapping, ColumnRole } from './columns';
import { readImportDate } from './dates';
import type { ImportDraft, ImportProblem } from './draft';
import { languageProblem, normaliseLanguage } from './language-tag';
import type { ImportTable } from './table';

/** The drafts of a mapped table and the rows that cannot become articles, by row number. */
export interface TableDrafts {
  drafts: ImportDraft[];
  problems: ImportProblem[];
}

function oneLine(value: string): string | null {
  const line = value.replace(/\s+/gu, ' ').trim();
  return line === '' ? null : line;
}

/**
 * Turns each row of a table into a draft through the user's column mapping. The text cell is
 * kept exactly (line breaks and all); the other cells are read as single lines. A row without
 * text, with a date that does not parse or with a language that is no language tag is reported
 * by its number, with the reason, and left out; rows the reader could not split are reported too.
 */
export function tableDrafts(table: ImportTable, mapping: ColumnMapping): TableDrafts {
  const problems: ImportProblem[] = table.problems.map((problem) => ({
    origin: `${table.file}, row ${problem.row}`,
    message: `Row ${problem.row} ${problem.message}.`,
  }));
  const drafts: ImportDraft[] = [];
  const textColumn = mapping.columns.text;
  if (textColumn === null) {
    problems.push({ origin: table.file, message: 'Choose which column holds the text.' });
    return { drafts, problems };
  }
  const cell = (row: Record<string, string>, role: ColumnRole): string => {
    const column = mapping.columns[role];
    return column === null ? '' : (row[column] ?? '');
  };
  table.rows.forEach((row, index) => {
    const number = index + 1;
    const origin = `${table.file}, row ${number}`;
    const text = row[textColumn] ?? '';
    const reasons: string[] = [];
    if (isBlankText(text)) reasons.push(`its “${textColumn}” cell is empty`);
    const date = readImportDate(cell(row, 'date'));
    if (!date.ok) reasons.push(`its date ${date.problem}`);
    const language = oneLine(cell(row, 'language'));
    const badLanguage = language === null ? null : languageProblem(language);
    if (badLanguage !== null) reasons.push(`its language ${badLanguage}`);
    if (reasons.length > 0) {
      problems.push({ origin, message: `Row ${number}: ${reasons.join('; ')}.` });
      return;
    }
    drafts.push({
      origin,
      file: table.file,
      text,
      title: oneLine(cell(row, 'title')),
      source: oneLine(cell(row, 'outlet')),
      date: date.ok ? date.date : null,
      language: language === null ? null : normaliseLanguage(language),
      url: oneLine(cell(row, 'url')),
      byline: oneLine(cell(row, 'author')),
      metadata: mapping.extra
        .map((key) => ({ key, value: row[key] ?? '' }))
        .filter((entry) => entry.value.trim() !== ''),
    });
  });
  problems.sort((a, b) => rowOf(a) - rowOf(b));
  return { drafts, problems };
}

function rowOf(problem: ImportProblem): number {
  return Number(/row (\d+)$/.exec(problem.origin)?.[1] ?? 0);
}
