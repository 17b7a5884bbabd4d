import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/domain/corpus';
import { plainTitle, readsAsHeadline, shortenAtWord } from '../../../src/domain/corpus/title';

describe('the title of an article', () => {
  it('is the first line when it reads as a headline, and that line is marked meta', () => {
    const parsed = parseArticle(
      'Kerry and Lavrov meet in Geneva\nThe two ministers met on Friday.',
    );
    expect(parsed.title).toBe('Kerry and Lavrov meet in Geneva');
    expect(parsed.paragraphs.map((p) => p.kind)).toEqual(['meta', 'body']);
  });

  it('is the first sentence when the first line is prose, which stays body', () => {
    const parsed = parseArticle(
      'The council met on Monday. It decided nothing.\nA second paragraph follows.',
    );
    expect(parsed.title).toBe('The council met on Monday');
    expect(parsed.paragraphs.map((p) => p.kind)).toEqual(['body', 'body']);
  });

  it('drops the news dateline from a title made of the first sentence', () => {
    expect(parseArticle('Moscow, SANA-Lavrov met Kerry.\nMore.').title).toBe('Lavrov met Kerry');
    expect(parseArticle('MOSCOW, (ST)- Lavrov met Kerry.\nMore.').title).toBe('Lavrov met Kerry');
    expect(parseArticle('Moscou / Lavrov a rencontré Kerry.\nPlus.').title).toBe(
      'Lavrov a rencontré Kerry',
    );
    expect(parseArticle('WASHINGTON (Reuters) - Kerry met Lavrov.').title).toBe('Kerry met Lavrov');
  });

  it('does not cut the first sentence after an abbreviation or initials', () => {
    expect(parseArticle('The U.S. military and Mr. Lavrov disagreed. Then more.').title).toBe(
      'The U.S. military and Mr. Lavrov disagreed',
    );
  });

  it('shortens a long first sentence at a word boundary, without a dangling "of"', () => {
    const title = parseArticle(
      'The foreign ministers of Russia and the United States spoke for three hours about the future of the ceasefire in Syria.',
    ).title;
    // The cut falls after "…about the fu"; the half word and the trailing "the" are dropped.
    expect(title).toBe(
      'The foreign ministers of Russia and the United States spoke for three hours about…',
    );
  });

  it('cuts a single over-long word rather than returning nothing', () => {
    expect(shortenAtWord('x'.repeat(120), 10, 'en')).toBe(`${'x'.repeat(9)}…`);
  });

  it('recognises headlines and rejects prose, datelines and furniture', () => {
    expect(readsAsHeadline('Sooner Syria crisis ends better: Lavrov')).toBe(true);
    expect(readsAsHeadline('Is peace in Syria near?')).toBe(true);
    expect(readsAsHeadline('U.S. and Russia agree on ceasefire')).toBe(true);
    expect(readsAsHeadline('The talks ended.')).toBe(false);
    expect(readsAsHeadline('First sentence. Second sentence')).toBe(false);
    expect(readsAsHeadline('Moscow, SANA-Russian Foreign Minister Sergei Lavrov said')).toBe(false);
    expect(readsAsHeadline('x'.repeat(201))).toBe(false);
    expect(readsAsHeadline('12345')).toBe(false);
  });

  it('takes the headline after leading furniture and timestamps', () => {
    const parsed = parseArticle('Share\nNov 02, 2016\nA headline after furniture\nThe story.');
    expect(parsed.title).toBe('A headline after furniture');
    expect(parsed.paragraphs.map((p) => p.kind)).toEqual(['chrome', 'meta', 'meta', 'body']);
  });
});

describe('plainTitle', () => {
  it('drops heading marks from any document, links and emphasis from Markdown only', () => {
    expect(plainTitle('# Talks in Geneva', false)).toBe('Talks in Geneva');
    expect(plainTitle('## Talks in Geneva ##', false)).toBe('Talks in Geneva');
    expect(plainTitle('# **Talks** in [Geneva](https://example.org) _today_', true)).toBe(
      'Talks in Geneva today',
    );
    expect(plainTitle('snake_case_name and *stars*', false)).toBe('snake_case_name and *stars*');
    expect(plainTitle('#hashtag politics', true)).toBe('#hashtag politics');
    expect(plainTitle('# ', true)).toBe('# ');
  });
});
