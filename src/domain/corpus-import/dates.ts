import { findDate, isoDate } from '../corpus/date';

/** A date cell read: an ISO calendar date, nothing (empty cell), or why it could not be read. */
export type DateReading = { ok: true; date: string | null } | { ok: false; problem: string };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const SLASHED_YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const UNIX_SECONDS = /^\d{9,10}$/;
const UNIX_MILLISECONDS = /^\d{12,13}$/;

function fromEpoch(milliseconds: number): string {
  return new Date(milliseconds).toISOString().slice(0, 10);
}

/**
 * Reads a date as news exports write it: ISO 8601 ("2016-11-02", "2016-11-02T16:37:11Z",
 * "2016-11-02 16:37:11"), "02 Nov 2016", "Nov 2, 2016", "2 novembre 2016", "2016/11/02", or Unix
 * seconds (also milliseconds). The calendar date is kept as written (a time zone does not move
 * it); an empty cell is no date. Day-first or month-first numbers ("11/02/2016") are refused as
 * ambiguous rather than guessed.
 */
export function readImportDate(raw: string): DateReading {
  const value = raw.trim();
  if (value === '') return { ok: true, date: null };
  const iso = ISO.exec(value);
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date
      ? { ok: true, date }
      : { ok: false, problem: `“${value}” is not a real calendar date` };
  }
  const slashed = SLASHED_YEAR_FIRST.exec(value);
  if (slashed) {
    const date = isoDate(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
    if (date) return { ok: true, date };
  }
  if (UNIX_SECONDS.test(value)) return { ok: true, date: fromEpoch(Number(value) * 1000) };
  if (UNIX_MILLISECONDS.test(value)) return { ok: true, date: fromEpoch(Number(value)) };
  if (value.length <= 80) {
    const found = findDate(value);
    if (found) return { ok: true, date: found.iso };
  }
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(value))
    return {
      ok: false,
      problem: `“${value}” could be day-first or month-first; write it as YYYY-MM-DD`,
    };
  return { ok: false, problem: `“${value.slice(0, 60)}” is not a date Gloss can read` };
}
