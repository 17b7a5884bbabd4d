// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  W3CAnnotationSchema,
  W3CCollectionSchema,
  W3CPageSchema,
} from '../../../src/domain/formats/w3c-schema';
import {
  annotationExamples,
  collection,
  collectionWithPage,
  page,
  textQuoteSelector,
} from './w3c-examples';

describe('W3C schema accepts the recommendation\u2019s examples', () => {
  it.each(Object.entries(annotationExamples))('accepts the %s example', (_name, example) => {
    expect(W3CAnnotationSchema.safeParse(example).error).toBeUndefined();
  });

  it('accepts the collection and page examples', () => {
    expect(W3CCollectionSchema.safeParse(collection).success).toBe(true);
    expect(W3CCollectionSchema.safeParse(collectionWithPage).success).toBe(true);
    expect(W3CPageSchema.safeParse(page).success).toBe(true);
  });
});

describe('W3C schema rejects what the model forbids', () => {
  const base = textQuoteSelector;
  const cases: Array<[string, Record<string, unknown>]> = [
    ['a missing @context', { ...base, '@context': undefined }],
    ['another context', { ...base, '@context': 'http://schema.org' }],
    [
      'a single context given as a list',
      { ...base, '@context': ['http://www.w3.org/ns/anno.jsonld'] },
    ],
    ['an id that is not an IRI', { ...base, id: 'anno 1' }],
    ['a type other than Annotation', { ...base, type: 'Note' }],
    ['no target', { ...base, target: undefined }],
    [
      'a TextQuoteSelector without exact',
      {
        ...base,
        target: {
          source: 'http://example.org/page1',
          selector: { type: 'TextQuoteSelector', prefix: 'a' },
        },
      },
    ],
    [
      'a negative TextPositionSelector start',
      {
        ...base,
        target: {
          source: 'http://example.org/p',
          selector: { type: 'TextPositionSelector', start: -1, end: 3 },
        },
      },
    ],
    [
      'a fractional TextPositionSelector end',
      {
        ...base,
        target: {
          source: 'http://example.org/p',
          selector: { type: 'TextPositionSelector', start: 1, end: 3.5 },
        },
      },
    ],
    ['a created date without a time zone', { ...base, created: '2015-01-28T12:00:00' }],
    ['a created date that is not a date', { ...base, created: 'yesterday' }],
    ['an undefined motivation', { ...base, motivation: 'liking' }],
    ['a TextualBody without a value', { ...base, body: { type: 'TextualBody', id: 'urn:x:1' } }],
    [
      'a TextualBody whose value is not a string',
      { ...base, body: { type: 'TextualBody', value: 42 } },
    ],
    ['body together with bodyValue', { ...base, bodyValue: 'text' }],
    [
      'a SpecificResource target without source',
      { ...base, target: { selector: { type: 'TextQuoteSelector', exact: 'x' } } },
    ],
  ];

  it.each(cases)('rejects %s', (_name, annotation) => {
    const defined = Object.fromEntries(
      Object.entries(annotation).filter(([, v]) => v !== undefined),
    );
    expect(W3CAnnotationSchema.safeParse(defined).success).toBe(false);
  });

  it('rejects a page without items and an empty collection with a first page', () => {
    expect(W3CPageSchema.safeParse({ ...page, items: [] }).success).toBe(false);
    expect(W3CCollectionSchema.safeParse({ ...collectionWithPage, total: 0 }).success).toBe(false);
  });
});
