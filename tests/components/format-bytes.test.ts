import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/components/format-bytes';

describe('formatBytes', () => {
  it('shows sizes the way storage is usually shown', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatBytes(500_000_000)).toBe('500 MB');
    expect(formatBytes(12_345_678)).toBe('12 MB');
    expect(formatBytes(2_000)).toBe('2 KB');
    expect(formatBytes(296_600_000_000)).toBe('297 GB');
  });

  it('never prints 1,000 of a unit', () => {
    expect(formatBytes(999_999)).toBe('1 MB');
    expect(formatBytes(9_970_000)).toBe('10 MB');
  });
});
