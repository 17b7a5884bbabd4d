import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  NotFoundError,
  QUOTA_MESSAGE,
  QuotaError,
  STORAGE_CLOSED_MESSAGE,
  STORAGE_UNREACHABLE_MESSAGE,
  StorageError,
  ValidationError,
  mapDbError,
} from '../../src/db/errors';
import { CodebookError } from '../../src/domain/codebook';
import { quotaExceeded } from './helpers';

describe('mapDbError', () => {
  it("turns the browser's QuotaExceededError into a QuotaError with a message for the user", () => {
    const mapped = mapDbError(quotaExceeded());
    expect(mapped).toBeInstanceOf(QuotaError);
    expect(mapped.message).toBe(QUOTA_MESSAGE);
    expect(QUOTA_MESSAGE).toBe("Your browser's storage is full; the last change was not saved.");
  });

  it('finds a QuotaExceededError that Dexie wrapped, e.g. in an aborted transaction', () => {
    const aborted = new Dexie.AbortError(
      'Transaction aborted',
      new Dexie.QuotaExceededError('full'),
    );
    expect(mapDbError(aborted)).toBeInstanceOf(QuotaError);
  });

  it("passes the app's own errors through, even when Dexie wrapped them", () => {
    const notFound = new NotFoundError('annotation', 'x');
    expect(mapDbError(notFound)).toBe(notFound);
    expect(mapDbError(new Dexie.NotFoundError('wrapped', notFound))).toBe(notFound);
    const invalid = new ValidationError('annotation', 'note', 'is too long');
    expect(mapDbError(invalid)).toBe(invalid);
    const codebook = new CodebookError('name', 'taken');
    expect(mapDbError(codebook)).toBe(codebook);
  });

  it('says in its own words that the database is closed or unreachable, with no links', () => {
    const closed = mapDbError(new Dexie.DatabaseClosedError());
    expect(closed).toBeInstanceOf(StorageError);
    expect(closed.message).toBe(STORAGE_CLOSED_MESSAGE);
    const missing = mapDbError(new Dexie.MissingAPIError());
    expect(missing.message).toBe(STORAGE_UNREACHABLE_MESSAGE);
    const opening = mapDbError(
      new Dexie.OpenFailedError(new DOMException('backing store', 'UnknownError')),
    );
    expect(opening.message).toBe(STORAGE_UNREACHABLE_MESSAGE);
  });

  it('drops the web links Dexie appends to a message', () => {
    const error = new Error(
      'Table x does not exist. Please visit https://example.org/abc for help.',
    );
    expect(mapDbError(error).message).toBe('Table x does not exist.');
  });

  it('leaves other errors alone and wraps non-errors', () => {
    const other = new TypeError('boom');
    expect(mapDbError(other)).toBe(other);
    expect(mapDbError('string failure')).toMatchObject({ message: 'string failure' });
  });

  it('says which field failed validation', () => {
    expect(
      new ValidationError('annotation', 'ranges[0].end', 'must be greater than start').message,
    ).toBe('Invalid annotation: ranges[0].end must be greater than start');
  });
});
