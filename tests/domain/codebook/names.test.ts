import { describe, expect, it } from 'vitest';
import { normalizeTagName, tagNameKey, validateTagName } from '../../../src/domain/codebook';
import { tag } from './fixtures';

describe('tag names', () => {
  it('are trimmed and have inner whitespace collapsed', () => {
    expect(normalizeTagName('  Framing \t\n effect  ')).toBe('Framing effect');
  });

  it('compare case-insensitively through their key', () => {
    expect(tagNameKey('  Conflict  FRAME ')).toBe('conflict frame');
  });

  it('treat composed and decomposed accents as the same name', () => {
    expect(tagNameKey('Cre\u0301dibilite\u0301')).toBe(tagNameKey('Crédibilité'));
  });

  it('must not be empty or whitespace only', () => {
    expect(validateTagName('', [])).toBe('A tag name cannot be empty.');
    expect(validateTagName('   ', [])).toBe('A tag name cannot be empty.');
  });

  it('may have up to 60 characters, counting an emoji as one', () => {
    expect(validateTagName('x'.repeat(60), [])).toBeNull();
    expect(validateTagName('😀'.repeat(60), [])).toBeNull();
    expect(validateTagName('x'.repeat(61), [])).toBe('A tag name can have at most 60 characters.');
  });

  it('are unique regardless of case and spacing, naming the existing tag', () => {
    const existing = [tag({ name: 'Propaganda' })];
    expect(validateTagName('propaganda', existing)).toBe(
      'A tag named "Propaganda" already exists.',
    );
    expect(validateTagName(' PROPAGANDA ', existing)).toBe(
      'A tag named "Propaganda" already exists.',
    );
    expect(validateTagName('Propaganda claim', existing)).toBeNull();
  });

  it('do not clash with the tag being renamed', () => {
    const self = tag({ name: 'Propaganda' });
    expect(validateTagName('PROPAGANDA', [self], self.id)).toBeNull();
  });

  it('reject control characters', () => {
    expect(validateTagName('bad\u0000name', [])).toBe(
      'A tag name cannot contain control characters.',
    );
  });
});
