import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/domain/corpus';
import { looksLikeByline } from '../../../src/domain/corpus/byline';

const kindsOf = (text: string) => parseArticle(text).paragraphs.map((p) => p.kind);

describe('classifying lines', () => {
  it('folds everything after "Related Posts" or "Check Also" once the story has begun', () => {
    expect(kindsOf('Headline\nStory.\nRelated Posts\nOther headline\nOther teaser')).toEqual([
      'meta',
      'body',
      'chrome',
      'chrome',
      'chrome',
    ]);
    expect(kindsOf('Headline\nStory.\nCheck Also:\nOther headline')).toEqual([
      'meta',
      'body',
      'chrome',
      'chrome',
    ]);
  });

  it('keeps the story when a section marker comes before it', () => {
    expect(kindsOf('Tags\nHeadline\nStory line one.\nStory line two.')).toEqual([
      'chrome',
      'meta',
      'body',
      'body',
    ]);
  });

  it('treats a cut-short teaser after furniture as furniture', () => {
    expect(kindsOf('Headline\nStory.\nShare\nThe minister said that the …')).toEqual([
      'meta',
      'body',
      'chrome',
      'chrome',
    ]);
  });

  it('treats "•" lines as teasers when they repeat a line or precede the story, not in a list', () => {
    expect(kindsOf('Big news\n• Big news\nStory.\n• first point\n• second point')).toEqual([
      'meta',
      'chrome',
      'body',
      'body',
      'body',
    ]);
  });

  it('marks "(last modified …)", timestamps and tag lists', () => {
    expect(
      kindsOf(
        'Headline\n(last modified Wed, 02 Nov 2016 16:37:11 GMT )\nStory.\nTags: Syria, Russia',
      ),
    ).toEqual(['meta', 'meta', 'body', 'chrome']);
  });

  it('marks a trailing name as the byline, but not a trailing sentence or a lone word', () => {
    expect(parseArticle('Headline\nStory.\nBy Jane Doe').byline).toBe('Jane Doe');
    expect(parseArticle('Headline\nStory.\nWalid al-Moallem\n\nTags').byline).toBe(
      'Walid al-Moallem',
    );
    expect(parseArticle('Headline\nStory.\nThe end of it.').byline).toBeNull();
    expect(parseArticle('Headline\nStory.\nConclusion').byline).toBeNull();
    // A name alone is the title, not a byline.
    expect(parseArticle('Manal Ismael').byline).toBeNull();
  });

  it('marks a credit under the headline as the byline only when it says "By"', () => {
    const page = parseArticle('Talks resume\n\nBy Sam Writer\n\nThe talks resumed.\n\nThey ended.');
    expect(page.byline).toBe('Sam Writer');
    expect(page.paragraphs.map((p) => p.kind)).toEqual(['meta', 'byline', 'body', 'body']);
    expect(parseArticle('Talks resume\nPar Manal Ismael\nLes pourparlers ont repris.').byline).toBe(
      'Manal Ismael',
    );
    // A name line opening the story without a credit word is the story's, not a byline.
    const named = parseArticle('Talks resume\nJohn Kerry\nThe talks resumed.\nThey ended.');
    expect(named.byline).toBeNull();
  });

  it('recognises names and initials as bylines', () => {
    expect(
      ['Manal Ismael', 'SS', 'J.D.', 'Staffan de Mistura', 'Par Jean Dupont'].map(looksLikeByline),
    ).toEqual([true, true, true, true, true]);
    expect(
      ['US Not Ready to Fight', 'Syria', 'Nov 02, 2016', 'said Lavrov.', ''].map(looksLikeByline),
    ).toEqual([false, false, false, false, false]);
  });

  it('marks a headline-case line inside the story as a subhead, a sentence as body', () => {
    expect(kindsOf('Headline\nStory.\nA Subheading In The Middle\nMore story.')).toEqual([
      'meta',
      'body',
      'subhead',
      'body',
    ]);
    expect(kindsOf('Headline\nStory.\nThe talks went on for a long time.\nMore story.')).toEqual([
      'meta',
      'body',
      'body',
      'body',
    ]);
  });
});
