import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/domain/formats/import-entry';
import { context, makeArticle } from './fixtures';

// Recogito's text annotator counts TextPositionSelector offsets in UTF-16 code units.
const TEXT = 'Breaking 😀😀 news: Lavrov met Kerry in Geneva 👍🏽 on Friday.';

function recogito(exact: string) {
  const start = TEXT.indexOf(exact);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: '#a1b2c3',
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Actor' }],
    target: {
      source: 'emoji-doc',
      selector: [
        { type: 'TextQuoteSelector', exact },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
  };
}

describe('TextPositionSelector offsets counted in UTF-16', () => {
  it('are taken as exact when only the UTF-16 reading hits the quote, and the preview says so', async () => {
    const article = await makeArticle('emoji-doc', TEXT);
    const bundle = parseImport(
      JSON.stringify([recogito('Kerry'), recogito('Friday')]),
      context([article]).articles,
    );
    expect(bundle.skipped).toEqual([]);
    expect(
      bundle.annotations.map((a) => [a.status, a.ranges[0]!.exact, a.ranges[0]!.start]),
    ).toEqual([
      ['exact', 'Kerry', TEXT.indexOf('Kerry')],
      ['exact', 'Friday', TEXT.indexOf('Friday')],
    ]);
    expect(bundle.notices).toEqual([
      expect.stringContaining('counts TextPositionSelector offsets in UTF-16 code units'),
    ]);
  });

  it('before any astral character both readings agree and nothing is said', async () => {
    const article = await makeArticle('emoji-doc', TEXT);
    const bundle = parseImport(JSON.stringify([recogito('Breaking')]), context([article]).articles);
    expect(bundle.annotations[0]!.status).toBe('exact');
    expect(bundle.notices).toEqual([]);
  });
});
