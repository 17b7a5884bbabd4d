import { describe, expect, it } from 'vitest';
import { readImportDate } from '../../../src/domain/corpus-import/dates';

describe('reading dates of an import', () => {
  it.each([
    ['2016-11-02', '2016-11-02'],
    ['2016-11-02T16:37:11Z', '2016-11-02'],
    ['2016-11-02T23:30:00-05:00', '2016-11-02'],
    ['2016-11-02 16:37:11', '2016-11-02'],
    ['02 Nov 2016', '2016-11-02'],
    ['Nov 2, 2016', '2016-11-02'],
    ['2 novembre 2016', '2016-11-02'],
    ['Wed, 02 Nov 2016 16:37:11 GMT', '2016-11-02'],
    ['2016/11/02', '2016-11-02'],
    ['1478104631', '2016-11-02'],
    ['1478104631000', '2016-11-02'],
  ])('reads %s as %s', (raw, iso) => {
    expect(readImportDate(raw)).toEqual({ ok: true, date: iso });
  });

  it('reads an empty cell as no date', () => {
    expect(readImportDate('  ')).toEqual({ ok: true, date: null });
  });

  it('says why a date cannot be read', () => {
    expect(readImportDate('sometime last week')).toEqual({
      ok: false,
      problem: '“sometime last week” is not a date Gloss can read',
    });
    expect(readImportDate('2016-02-30')).toEqual({
      ok: false,
      problem: '“2016-02-30” is not a real calendar date',
    });
    expect(readImportDate('11/02/2016')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('day-first or month-first'),
    });
  });
});
