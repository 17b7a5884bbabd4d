import { describe, expect, it } from 'vitest';
import { annotationIdFromHash, annotationPath } from '../../src/domain/annotation-link';

describe('links to one highlight', () => {
  it('round-trips an id through the reader’s address', () => {
    const path = annotationPath('001 fr', 'a/b#c');
    expect(path).toBe('/articles/001%20fr#annotation=a%2Fb%23c');
    expect(annotationIdFromHash(path.slice(path.indexOf('#')))).toBe('a/b#c');
  });

  it('reads a malformed link as written and an empty one as none, never throwing', () => {
    expect(annotationIdFromHash('#annotation=%E0%A4%A')).toBe('%E0%A4%A');
    expect(annotationIdFromHash('#annotation=')).toBeNull();
    expect(annotationIdFromHash('#other=1')).toBeNull();
    expect(annotationIdFromHash('')).toBeNull();
  });
});
