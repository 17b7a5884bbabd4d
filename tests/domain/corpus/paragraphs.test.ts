import { describe, expect, it } from 'vitest';
import { parseArticle, type ParsedArticle } from '../../../src/domain/corpus';

function expectExactSlices(text: string, parsed: ParsedArticle) {
  for (const p of parsed.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
}

describe('splitting a text into paragraphs', () => {
  it('makes every non-blank line a paragraph, whether lines are single or blank-line separated', () => {
    const text = 'Headline here\nFirst line of the story.\n\n\nSecond line of the story.\n';
    const parsed = parseArticle(text);
    expect(parsed.paragraphs.map((p) => p.text)).toEqual([
      'Headline here',
      'First line of the story.',
      'Second line of the story.',
    ]);
    expectExactSlices(text, parsed);
  });

  it('keeps pasted Windows line endings out of the paragraph text', () => {
    const text = 'Pasted headline\r\nThe first paragraph.\r\n\r\nThe second paragraph.\r\n';
    const parsed = parseArticle(text);
    expect(parsed.title).toBe('Pasted headline');
    expect(parsed.paragraphs.map((p) => p.text)).toEqual([
      'Pasted headline',
      'The first paragraph.',
      'The second paragraph.',
    ]);
    expect(parsed.paragraphs.map((p) => [p.start, p.end])).toEqual([
      [0, 15],
      [17, 37],
      [41, 62],
    ]);
    expectExactSlices(text, parsed);
  });

  it('also ends lines at a lone carriage return', () => {
    const text = 'Old Mac headline\rA story line.';
    const parsed = parseArticle(text);
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(['Old Mac headline', 'A story line.']);
    expectExactSlices(text, parsed);
  });

  it('skips lines made only of spaces, tabs or no-break spaces', () => {
    const text = 'Title\n   \n\t\n\u00a0\nBody text.';
    expect(parseArticle(text).paragraphs.map((p) => p.text)).toEqual(['Title', 'Body text.']);
  });

  it('keeps leading and trailing spaces inside the paragraph so offsets stay exact', () => {
    const text = 'Title\n    indented line.  \nlast';
    const parsed = parseArticle(text);
    expect(parsed.paragraphs[1]?.text).toBe('    indented line.  ');
    expectExactSlices(text, parsed);
  });

  it('counts offsets in UTF-16 code units, as the DOM does', () => {
    const text = '🇸🇾 Syrie\nLe texte 😀 continue.';
    const parsed = parseArticle(text);
    expect(parsed.paragraphs[1]?.start).toBe('🇸🇾 Syrie\n'.length);
    expectExactSlices(text, parsed);
  });

  it('parses the empty string without throwing', () => {
    const parsed = parseArticle('');
    expect(parsed).toEqual({
      title: 'Untitled document',
      source: null,
      language: 'en',
      date: null,
      byline: null,
      wordCount: 0,
      paragraphs: [],
    });
    expect(parseArticle(' \n\r\n\t').title).toBe('Untitled document');
  });
});
