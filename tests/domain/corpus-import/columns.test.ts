import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src/domain/corpus-import/columns';

describe('guessing the columns of a table', () => {
  it('recognises the names common exports use', () => {
    expect(
      guessMapping([
        'stories_id',
        'Headline',
        'body',
        'media_name',
        'publish_date',
        'lang',
        'URL',
        'byline',
      ]).columns,
    ).toEqual({
      text: 'body',
      title: 'Headline',
      outlet: 'media_name',
      date: 'publish_date',
      language: 'lang',
      url: 'URL',
      author: 'byline',
    });
    expect(
      guessMapping(['content', 'title', 'publisher', 'published', 'link']).columns,
    ).toMatchObject({
      text: 'content',
      outlet: 'publisher',
      date: 'published',
      url: 'link',
    });
  });

  it('takes the column with the longest cells as the text when no name tells', () => {
    const mapping = guessMapping(['a', 'b'], [{ a: 'short', b: 'a much longer cell of prose' }]);
    expect(mapping.columns.text).toBe('b');
    expect(mapping.columns.title).toBeNull();
  });
});
