// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/domain/formats/errors';
import { planImport } from '../../../src/domain/formats/import-plan';
import { exportW3C } from '../../../src/domain/formats/w3c-export';
import { importW3C } from '../../../src/domain/formats/w3c-import';
import type { ArticleWithText } from '../../../src/domain/corpus/types';
import {
  annotate,
  context,
  exportInput,
  knownArticles,
  makeArticle,
  makeTag,
  memo,
  UNICODE_TEXT,
} from './fixtures';

const NOW = new Date('2025-06-01T12:00:00.000Z');
let seed: ArticleWithText;
let unicode: ArticleWithText;

beforeAll(async () => {
  seed = await makeArticle(
    '000_seed',
    'Lavrov met Kerry in Geneva. The talks were long. Lavrov spoke of force.',
  );
  unicode = await makeArticle('unicode', UNICODE_TEXT);
});

const read = (document: unknown) =>
  importW3C(JSON.stringify(document), knownArticles([seed, unicode]), { now: NOW });

describe('W3C import of Gloss\u2019s own export', () => {
  it('round-trips ranges, tags by name, notes, dates, ids and memos', () => {
    const tags = [makeTag('Framing'), makeTag('Blame')];
    const annotations = [
      annotate(seed, 'Kerry', { tagIds: [tags[0]!.id, tags[1]!.id], note: 'A note' }),
      annotate(unicode, 'quoted word'),
      annotate(unicode, '👍🏽', { tagIds: [tags[1]!.id] }),
    ];
    const input = exportInput({
      articles: [seed, unicode],
      tags,
      annotations,
      memos: [memo(seed.id, 'Memo')],
    });
    const bundle = importW3C(exportW3C(input), knownArticles([seed, unicode]), { now: NOW });
    expect(bundle.skipped).toEqual([]);
    expect(bundle.tags.map((t) => t.name)).toEqual(['Framing', 'Blame']);
    expect(bundle.memos).toEqual([memo(seed.id, 'Memo')]);

    const plan = planImport(bundle, context([seed, unicode], { tags }));
    expect(plan.add.annotations).toEqual(annotations);
  });
});

describe('W3C import of foreign files', () => {
  const source = 'https://news.example.org/articles/000_seed.txt';
  const foreign = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://annotations.example.org/collection/7',
    type: 'AnnotationCollection',
    total: 9,
    first: {
      id: 'https://annotations.example.org/collection/7/page/0',
      type: 'AnnotationPage',
      items: [
        {
          id: 'https://annotations.example.org/a/1',
          type: 'Annotation',
          motivation: 'commenting',
          created: '2024-05-01T10:00:00+02:00',
          body: { type: 'TextualBody', value: 'Interesting framing' },
          target: {
            source,
            selector: [
              { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[1]' } },
              { type: 'TextPositionSelector', start: 11, end: 16 },
              { type: 'TextQuoteSelector', exact: 'Kerry', prefix: 'Lavrov met ', suffix: ' in' },
            ],
          },
        },
        {
          type: 'Annotation',
          body: [
            { type: 'TextualBody', purpose: 'tagging', value: 'force' },
            { type: 'TextualBody', purpose: 'tagging', value: 'Force ' },
          ],
          target: { source, selector: { type: 'TextQuoteSelector', exact: 'spoke of force' } },
        },
        {
          id: 'urn:uuid:0b7a3f43-8f4e-4b7c-9f0e-2d5c6a7b8c9d',
          type: ['Annotation'],
          target: [
            {
              source: 'urn:gloss:article:unicode',
              selector: { type: 'TextPositionSelector', start: 6, end: 7 },
            },
          ],
        },
        {
          id: 'x:4',
          type: 'Annotation',
          target: {
            source: 'https://other.example/page',
            selector: { type: 'TextQuoteSelector', exact: 'x' },
          },
        },
        {
          id: 'x:5',
          type: 'Annotation',
          target: { source, selector: { type: 'TextQuoteSelector', exact: 'Putin' } },
        },
        {
          id: 'x:6',
          type: 'Annotation',
          body: { type: 'TextualBody', purpose: 'tagging', value: 7 },
          target: { source, selector: { type: 'TextQuoteSelector', exact: 'Kerry' } },
        },
        {
          id: 'x:7',
          type: 'Annotation',
          created: '2024-02-30T10:00:00Z',
          target: { source, selector: { type: 'TextQuoteSelector', exact: 'Kerry' } },
        },
        { id: 'x:8', type: 'Annotation', bodyValue: 'A page note', target: source },
        {
          id: 'x:9',
          type: 'Annotation',
          target: { source, selector: { type: 'TextPositionSelector', start: 5, end: 500 } },
        },
      ],
    },
  };

  it('imports what it can and reports the rest with reasons', () => {
    const bundle = read(foreign);
    expect(bundle.annotations).toHaveLength(3);
    const [commented, tagged, positioned] = bundle.annotations;
    expect(commented).toMatchObject({
      articleId: '000_seed',
      note: 'Interesting framing',
      createdAt: '2024-05-01T08:00:00.000Z',
      updatedAt: '2024-05-01T08:00:00.000Z',
    });
    expect(commented?.ranges[0]).toMatchObject({ start: 11, end: 16, exact: 'Kerry' });
    expect(tagged?.ranges[0]?.exact).toBe('spoke of force');
    expect(tagged?.status).toBe('exact');
    expect(bundle.tags.map((t) => t.name)).toEqual(['force']);
    expect(tagged?.tagIds).toEqual([bundle.tags[0]?.id]);
    expect(positioned).toMatchObject({
      id: '0b7a3f43-8f4e-4b7c-9f0e-2d5c6a7b8c9d',
      articleId: 'unicode',
    });
    expect(positioned?.ranges[0]?.exact).toBe('😀');
    expect(bundle.memos).toEqual([
      { articleId: '000_seed', text: 'A page note', updatedAt: NOW.toISOString() },
    ]);
    expect(bundle.skipped.map((s) => s.message)).toEqual([
      'annotation 3: unknown article https://other.example/page',
      'annotation 4: quote not found',
      'annotation 5: `body.value` must be a string',
      'annotation 6: `created` must be a date-time with a time zone, like 2025-01-31T09:30:00Z',
      'annotation 8: `target.selector.end` is beyond the end of the article (length 71 code points)',
    ]);
  });

  it('gives foreign annotations stable ids, so importing the same file twice changes nothing', () => {
    const first = read(foreign);
    const second = read(foreign);
    expect(second.annotations.map((a) => a.id)).toEqual(first.annotations.map((a) => a.id));
    const plan = planImport(
      second,
      context([seed, unicode], {
        annotations: first.annotations,
        tags: first.tags,
        memos: first.memos,
      }),
    );
    expect(plan.counts).toMatchObject({ add: 0, change: 0 });
  });

  it('re-anchors a position that disagrees with its quote', () => {
    const [a] = read({
      ...foreign.first.items[0],
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      target: {
        source,
        selector: [
          { type: 'TextPositionSelector', start: 0, end: 5 },
          { type: 'TextQuoteSelector', exact: 'Geneva' },
        ],
      },
    }).annotations;
    expect(a?.ranges[0]?.exact).toBe('Geneva');
    expect(a?.status).toBe('moved');
  });

  it('reads a single annotation, a plain list and a page', () => {
    const item = foreign.first.items[0]!;
    expect(
      read({ '@context': 'http://www.w3.org/ns/anno.jsonld', ...item }).annotations,
    ).toHaveLength(1);
    expect(read([item, item]).annotations).toHaveLength(2);
    expect(read({ type: 'AnnotationPage', items: [item] }).annotations).toHaveLength(1);
  });

  it('rejects files that are not Web Annotations, and collections whose pages are elsewhere', () => {
    expect(() => read({ hello: 'world' })).toThrow(ImportError);
    expect(() => read(42)).toThrow(/not a W3C Web Annotation file/);
    expect(() => read({ type: 'AnnotationCollection', first: 'https://x.example/page1' })).toThrow(
      /stored elsewhere \(https:\/\/x\.example\/page1\)/,
    );
    expect(() => importW3C('{"type": "Annotation", "target": ', knownArticles([seed]))).toThrow(
      /not valid JSON/,
    );
  });

  it('ignores __proto__ and constructor keys without polluting anything', () => {
    const text = `[{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},
      "type": "Annotation", "target": {"source": "urn:gloss:article:000_seed",
      "selector": {"type": "TextQuoteSelector", "exact": "Geneva", "__proto__": {"polluted": "yes"}}}}]`;
    const bundle = importW3C(text, knownArticles([seed]), { now: NOW });
    expect(bundle.annotations).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects unusable tag names and non-object bodies per annotation', () => {
    const base = {
      type: 'Annotation',
      target: { source, selector: { type: 'TextQuoteSelector', exact: 'Kerry' } },
    };
    const bundle = read([
      { ...base, body: { purpose: 'tagging', value: '   ' } },
      { ...base, body: [null] },
      { ...base, motivation: 'tagging', body: { value: 'implied tag' } },
    ]);
    expect(bundle.skipped.map((s) => s.message)).toEqual([
      'annotation 0: `body.value` is not a usable tag name: A tag name cannot be empty.',
      'annotation 1: `body[0]` must be an IRI or an object',
    ]);
    expect(bundle.tags.map((t) => t.name)).toEqual(['implied tag']);
  });
});
