import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/domain/corpus';
import { findDate, isStandaloneDate } from '../../../src/domain/corpus/date';

describe('dates', () => {
  it('reads complete dates in the common English, French and ISO forms', () => {
    expect(findDate('(last modified Wed, 02 Nov 2016 16:37:11 GMT )')?.iso).toBe('2016-11-02');
    expect(findDate('Nov 02, 2016 16:37 UTC')?.iso).toBe('2016-11-02');
    expect(findDate('Updated: November 2nd, 2016')?.iso).toBe('2016-11-02');
    expect(findDate('Publié le 2 novembre 2016')?.iso).toBe('2016-11-02');
    expect(findDate('Posted 2016-11-02T16:37')?.iso).toBe('2016-11-02');
  });

  it('never invents a year or an impossible day', () => {
    expect(findDate('came into force at midnight of February 26.')).toBeNull();
    expect(findDate('31 Feb 2016')).toBeNull();
    expect(findDate('Foo 12, 2016')).toBeNull();
  });

  it('tells a standalone dateline from a sentence that mentions a date', () => {
    expect(isStandaloneDate('Nov 02, 2016 16:37 UTC')).toBe(true);
    expect(isStandaloneDate('Wed, 02 Nov 2016')).toBe(true);
    expect(isStandaloneDate('  2 novembre 2016 à 16h37')).toBe(true);
    expect(isStandaloneDate('The resolution of 18 Dec 2015 was adopted.')).toBe(false);
  });

  it('dates an article only from its timestamps, not from dates inside the story', () => {
    expect(parseArticle('Headline\nUpdated: 3 March 2016 10:00\nThe story.').date).toBe(
      '2016-03-03',
    );
    expect(parseArticle('Headline\nThe resolution of 18 Dec 2015 was adopted.').date).toBeNull();
  });
});
