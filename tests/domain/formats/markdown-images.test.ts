// @vitest-environment node
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportMarkdown } from '../../../src/domain/formats/markdown';
import { safeMarkdown } from '../../../src/domain/formats/markdown-escape';
import type { ArticleWithText } from '../../../src/domain/corpus/types';
import { annotate, exportInput, makeArticle } from './fixtures';

// A renderer nobody here wrote, configured as permissively as viewers are.
const md = new MarkdownIt({ html: true, linkify: true });

const fetchesSomething = (html: string) =>
  /<(?:img|script|iframe)\b/i.test(html) || /<[a-z][^<>]*\ssrc=/i.test(html);

let article: ArticleWithText;
beforeAll(async () => {
  article = await makeArticle('000', 'The minister spoke about the talks.');
});

describe('Markdown export never writes a live image', () => {
  it('writes an image in a note as a plain link', () => {
    const note =
      'See ![chart](https://evil.example/track.png) and ![r][ref]\n\n[ref]: https://evil.example/r.png';
    const file = exportMarkdown(
      exportInput({ articles: [article], annotations: [annotate(article, 'talks', { note })] }),
    );
    const html = md.render(file);
    expect(fetchesSomething(html)).toBe(false);
    expect(html).toContain('<a href="https://evil.example/track.png">chart</a>');
    expect(html).toContain('!');
  });

  it('keeps a tag right after a URL out of the HTML, although linkify ends the URL there', () => {
    const html = md.render(safeMarkdown('https://x.example/i.png<img>'));
    expect(fetchesSomething(html)).toBe(false);
    expect(html).not.toMatch(/<img/i);
  });

  it('renders no image, script or frame for any note', () => {
    const pieces = fc.constantFrom(
      '!',
      '[',
      ']',
      '(',
      ')',
      '\\',
      'a',
      ' ',
      '\n',
      '<',
      '>',
      'img',
      'src=x',
      'https://x.example/i.png',
      ':',
      '"',
      '`',
      '*',
      '&#33;',
      '&',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const html = md.render(safeMarkdown(parts.join('')));
        expect(fetchesSomething(html)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
