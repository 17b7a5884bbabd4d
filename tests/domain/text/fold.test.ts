// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/domain/text/fold';

describe('foldText', () => {
  it('ignores case and accents, precomposed or combining', () => {
    expect(foldText('Ministère')).toBe('ministere');
    expect(foldText('Ministe\u0300re')).toBe('ministere');
    expect(foldText('ÉLYSÉE')).toBe(foldText('elysee'));
  });

  it('leaves letters without marks alone, in any script', () => {
    expect(foldText('Лавров مرحبا 😀')).toBe('лавров مرحبا 😀');
  });
});
