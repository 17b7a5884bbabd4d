import type { DocumentRecord } from '../model';
import type { DocumentDetails } from './document-details';
import { readImportDate } from './dates';
import { languageProblem, normaliseLanguage } from './language-tag';

/** The details form as typed: one string per field. */
export type DetailsInput = Record<keyof DocumentDetails, string>;

export type DetailsReading =
  | { ok: true; details: DocumentDetails }
  | { ok: false; errors: Partial<Record<keyof DocumentDetails, string>> };

function optional(value: string): string | null {
  const line = value.replace(/\s+/gu, ' ').trim();
  return line === '' ? null : line;
}

/** The details a record holds, as the form shows them. */
export function detailsInput(
  record: Pick<DocumentRecord, keyof DocumentDetails | 'url'>,
): DetailsInput {
  return {
    title: record.title,
    source: record.source ?? '',
    date: record.date ?? '',
    language: record.language,
    url: record.url ?? '',
    byline: record.byline ?? '',
  };
}

/**
 * Checks the details form: a title is needed, the date is read in the forms an import accepts
 * and stored as YYYY-MM-DD, the language must be a language tag, the URL an http(s) address
 * (never a javascript: link). Each refused field gets a sentence.
 */
export function readDetails(input: DetailsInput): DetailsReading {
  const errors: Partial<Record<keyof DocumentDetails, string>> = {};
  const title = optional(input.title);
  if (title === null) errors.title = 'A title is needed.';
  const date = readImportDate(input.date);
  if (!date.ok) errors.date = `${date.problem}; write it as YYYY-MM-DD.`;
  const language = optional(input.language);
  const badLanguage =
    language === null ? 'A language is needed, such as “en”.' : languageProblem(language);
  if (badLanguage !== null)
    errors.language = badLanguage.endsWith('.') ? badLanguage : `${badLanguage}.`;
  const url = optional(input.url);
  if (url !== null && !/^https?:\/\/[^\s]+$/i.test(url))
    errors.url = 'Give a web address starting with http:// or https://.';
  if (Object.keys(errors).length > 0 || title === null || !date.ok || language === null)
    return { ok: false, errors };
  return {
    ok: true,
    details: {
      title,
      source: optional(input.source),
      date: date.date,
      language: normaliseLanguage(language),
      url,
      byline: optional(input.byline),
    },
  };
}

export type { DocumentDetails } from './document-details';
