// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { QUOTE_SEPARATOR, quoteOf } from '../../../src/domain/annotations/quote';

describe('quoteOf', () => {
  it("joins an annotation's quotes in order with an ellipsis", () => {
    expect(quoteOf({ ranges: [{ exact: 'Lavrov' }, { exact: 'Kerry' }] })).toBe('Lavrov … Kerry');
    expect(quoteOf({ ranges: [{ exact: 'one range' }] })).toBe('one range');
    expect(QUOTE_SEPARATOR).toBe(' … ');
  });
});
