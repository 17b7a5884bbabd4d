import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatNumber } from '../../src/components/format';

describe('formatting for lists', () => {
  it('shows a calendar date in UTC, whatever the time zone, and leaves a non-date as it is', () => {
    expect(formatDate('2016-11-02')).toBe('2 Nov 2016');
    expect(formatDate('2016-11-02T23:30:00-05:00')).toBe('2 Nov 2016');
    expect(formatDate('2019-01-31')).toBe('31 Jan 2019');
    expect(formatDate('next week')).toBe('next week');
  });

  it('groups thousands and picks singular or plural', () => {
    expect(formatNumber(10005)).toBe('10,005');
    expect(formatCount(1, 'article')).toBe('1 article');
    expect(formatCount(10005, 'article')).toBe('10,005 articles');
    expect(formatCount(2, 'child', 'children')).toBe('2 children');
  });
});
