import type { ArticleDetailFields } from '../model';
import { readImportDate } from './dates';
import { languageProblem, normaliseLanguage } from './language-tag';

/** The fields "Edit details" can set on many articles at once (a title belongs to one). */
export type BulkField = 'source' | 'date' | 'language' | 'byline';

export type BulkInput = Record<BulkField, string>;

export type BulkReading =
  | { ok: true; change: Partial<ArticleDetailFields> }
  | { ok: false; errors: Partial<Record<BulkField | 'form', string>> };

function line(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/**
 * Reads the bulk details form: a field left empty stays as each article has it; a filled one is
 * set on all of them, checked as the one-article form checks it. At least one field is needed.
 */
export function readBulkDetails(input: BulkInput): BulkReading {
  const errors: Partial<Record<BulkField | 'form', string>> = {};
  const change: Partial<ArticleDetailFields> = {};
  const source = line(input.source);
  if (source !== '') change.source = source;
  const byline = line(input.byline);
  if (byline !== '') change.byline = byline;
  const rawDate = line(input.date);
  if (rawDate !== '') {
    const date = readImportDate(rawDate);
    if (!date.ok) errors.date = `${date.problem}; write it as YYYY-MM-DD.`;
    else change.date = date.date;
  }
  const language = line(input.language);
  if (language !== '') {
    const problem = languageProblem(language);
    if (problem !== null) errors.language = problem.endsWith('.') ? problem : `${problem}.`;
    else change.language = normaliseLanguage(language);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (Object.keys(change).length === 0)
    return { ok: false, errors: { form: 'Fill in at least one field to change.' } };
  return { ok: true, change };
}
