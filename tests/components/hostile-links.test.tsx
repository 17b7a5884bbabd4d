import { screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeComponentSafely } from '../../src/domain/text/url-decode';
import { annotationIdFromHash } from '../../src/domain/annotation-link';
import { renderApp } from '../helpers/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

const frenchId = '001_7385e71a292b6180';

describe('links anyone can send', () => {
  it('opens the reader when #annotation= holds malformed percent-encoding', async () => {
    renderApp(`/articles/${frenchId}#annotation=%E0%A4%A`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/Kerry/);
    expect(screen.queryByText(/Unexpected Application Error/)).not.toBeInTheDocument();
  });

  it('never throws while reading a hash, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (tail) => {
        expect(() => annotationIdFromHash(`#annotation=${tail}`)).not.toThrow();
        expect(() => decodeComponentSafely(tail)).not.toThrow();
      }),
    );
    expect(annotationIdFromHash('#annotation=%')).toBe('%');
    expect(annotationIdFromHash('#annotation=a%20b')).toBe('a b');
  });
});
