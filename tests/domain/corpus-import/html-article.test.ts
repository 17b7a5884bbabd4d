import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../../src/domain/corpus-import/html-article';
import { corpusFixtureText } from './fixture';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('reading a saved web page', () => {
  it('takes the article, its metadata and its paragraphs, and leaves the page furniture out', () => {
    const draft = htmlArticle(page(corpusFixtureText('saved-page.html')), 'saved-page.html');
    expect(draft).toMatchObject({
      title: 'Kerry, Lavrov agree to keep talking',
      source: 'The Daily Example',
      date: '2016-11-02',
      language: 'en-GB',
      url: 'https://daily.example.com/world/kerry-lavrov',
      byline: expect.stringContaining('Sam Writer'),
    });
    const paragraphs = draft?.text.split('\n\n') ?? [];
    expect(paragraphs[0]).toBe('Kerry, Lavrov agree to keep talking');
    expect(paragraphs.some((line) => line.startsWith('GENEVA — US Secretary of State'))).toBe(true);
    expect(paragraphs.at(-1)).toMatch(/^Lavrov said Moscow was ready to help/);
    expect(draft?.text).not.toContain('Copyright');
    expect(draft?.text).not.toContain('Sport');
  });

  it('gives nothing for a page without text', () => {
    expect(htmlArticle(page('<html><body></body></html>'), 'empty.html')).toBeNull();
  });
});
