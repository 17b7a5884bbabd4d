import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../../src/domain/corpus-import/looks-like-html';

describe('looksLikeHtml', () => {
  it('knows a page by its start, in any case and after blank lines', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body></body></html>')).toBe(true);
    expect(looksLikeHtml('\n\n  <html lang="fr">')).toBe(true);
    expect(looksLikeHtml('<body>\n<p>x</p>')).toBe(true);
  });

  it('knows a fragment by three block tags, and leaves prose that mentions a tag alone', () => {
    expect(looksLikeHtml('<h1>Talks</h1><p>One.</p><p>Two.</p>')).toBe(true);
    expect(looksLikeHtml('Use <p> for paragraphs and <br/> for breaks.')).toBe(false);
    expect(looksLikeHtml('Kerry met Lavrov; 3 < 5 and 7 > 2.')).toBe(false);
    expect(looksLikeHtml('An <html> page starts so.')).toBe(false);
  });

  it('answers the same when asked again (no state kept between texts)', () => {
    const fragment = '<p>a</p><p>b</p><p>c</p>';
    expect(looksLikeHtml(fragment)).toBe(true);
    expect(looksLikeHtml(fragment)).toBe(true);
    expect(looksLikeHtml('<p>a</p>')).toBe(false);
  });
});
