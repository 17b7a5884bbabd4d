// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/domain/error-message';

describe('errorMessage', () => {
  it("gives an Error's message and anything else as text", () => {
    expect(errorMessage(new TypeError('bad input'))).toBe('bad input');
    expect(errorMessage('disk full')).toBe('disk full');
    expect(errorMessage(42)).toBe('42');
  });
});
