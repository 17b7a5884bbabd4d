import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  NotFoundError,
  QUOTA_MESSAGE,
  QuotaError,
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
