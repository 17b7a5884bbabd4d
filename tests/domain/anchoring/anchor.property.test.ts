// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorRange } from '../../../src/domain/anchoring/anchor';
import { CONTEXT_LENGTH, describeRange } from '../../../src/domain/anchoring/describe';
import { loadSeeds } from './seeds';

/** A random non-empty range [start, end) of a text of the given length. */
function arbitraryRange(length: number) {
  return fc
    .tuple(fc.nat({ max: length - 1 }), fc.integer({ min: 1, max: 200 }))
    .map(([start, size]) => ({ start, end: Math.min(length, start + size) }));
}

const insertion = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 });

describe.each(loadSeeds())('anchoring properties on $name', ({ text }) => {
  it('anchors a freshly described range exactly on the unchanged text', () => {
    fc.assert(
      fc.property(arbitraryRange(text.length), ({ start, end }) => {
        const range = describeRange(text, start, end);
        const result = anchorRange(text, range, { hashMatches: true });
        expect(result.status).toBe('exact');
        expect(result.range).toEqual(range);
        expect(text.slice(start, end)).toBe(range.exact);
      }),
    );
  });

  it('still finds the quote after an insertion elsewhere in the text', () => {
    fc.assert(
      fc.property(
        arbitraryRange(text.length),
        fc.nat(),
        insertion,
        ({ start, end }, seed, inserted) => {
          const range = describeRange(text, start, end);
          // Any position up to the start or from the end on, boundaries included.
          const choices = start + 1 + (text.length - end + 1);
          const pick = seed % choices;
          const at = pick <= start ? pick : end + (pick - start - 1);
          const edited = text.slice(0, at) + inserted + text.slice(at);

          const result = anchorRange(edited, range, { hashMatches: false });
          expect(['exact', 'moved']).toContain(result.status);
          expect(result.range).not.toBeNull();
          expect(edited.slice(result.range?.start, result.range?.end)).toBe(range.exact);
        },
      ),
    );
  });

  it('finds exactly the shifted range when the insertion leaves its context intact', () => {
    fc.assert(
      fc.property(
        arbitraryRange(text.length),
        fc.nat(),
        insertion,
        ({ start, end }, seed, inserted) => {
          const range = describeRange(text, start, end);
          const before = Math.max(0, start - CONTEXT_LENGTH + 1);
          const after = Math.max(0, text.length - end - CONTEXT_LENGTH + 1);
          fc.pre(before + after > 0);
          const pick = seed % (before + after);
          const at = pick < before ? pick : end + CONTEXT_LENGTH + (pick - before);
          const edited = text.slice(0, at) + inserted + text.slice(at);
          const shift = at <= start ? inserted.length : 0;

          const result = anchorRange(edited, range, { hashMatches: false });
          expect(result.status).toBe(shift > 0 ? 'moved' : 'exact');
          expect(result.range).toEqual(describeRange(edited, start + shift, end + shift));
        },
      ),
    );
  });
});
