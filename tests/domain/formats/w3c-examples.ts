/*
 * Examples from the W3C Web Annotation Data Model Recommendation
 * (https://www.w3.org/TR/annotation-model/, 23 February 2017) that use the
 * features Gloss writes: IRI and TextualBody bodies, purposes, lifecycle
 * dates, SpecificResource targets with TextQuoteSelector and
 * TextPositionSelector, AnnotationCollection and AnnotationPage. Written from
 * the recommendation's text; numbering follows its examples.
 */

/** Example 1: Basic Annotation Model. */
export const basicAnnotation = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno1',
  type: 'Annotation',
  body: 'http://example.org/post1',
  target: 'http://example.com/page1',
};

/** Example 5: Embedded Textual Body. */
export const textualBody = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno5',
  type: 'Annotation',
  body: {
    type: 'TextualBody',
    value: "<p>j'adore !</p>",
    format: 'text/html',
    language: 'fr',
  },
  target: 'http://example.org/photo1',
};

/** Example 4 style: bodyValue, the shorthand for a plain-text body. */
export const bodyValue = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno4',
  type: 'Annotation',
  bodyValue: 'Comment text',
  target: 'http://example.org/target1',
};

/** Example 13-style: a tagging body and a describing body, each with its purpose. */
export const purposes = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno13',
  type: 'Annotation',
  motivation: 'bookmarking',
  body: [
    { type: 'TextualBody', value: 'readme', purpose: 'tagging' },
    {
      type: 'TextualBody',
      value: 'A good description of the topic that bears further investigation',
      purpose: 'describing',
    },
  ],
  target: 'http://example.com/page1',
};

/** Example 17/18: lifecycle information (dates in UTC with Z). */
export const lifecycle = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno18',
  type: 'Annotation',
  creator: {
    id: 'http://example.org/user1',
    type: 'Person',
    name: 'My Pseudonym',
    nickname: 'pseudo',
    email_sha1: '58bad08927902ff9307b621c54716dcc5083e339',
  },
  created: '2015-01-28T12:00:00Z',
  modified: '2015-01-29T09:00:00Z',
  generator: {
    id: 'http://example.org/client1',
    type: 'Software',
    name: 'Code v2.1',
    homepage: 'http://example.org/client1/homepage1',
  },
  generated: '2015-02-04T12:00:00Z',
  body: 'http://example.net/review1',
  target: 'http://example.com/restaurant1',
};

/** Example 23-style: a motivation and a commenting TextualBody. */
export const motivation = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno22',
  type: 'Annotation',
  motivation: 'commenting',
  body: {
    type: 'TextualBody',
    value: 'This is a comment on the image.',
    format: 'text/plain',
  },
  target: 'http://example.com/image1',
};

/** Example 26-style: a SpecificResource target with a source. */
export const specificResource = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno26',
  type: 'Annotation',
  body: 'http://example.net/comment1',
  target: {
    id: 'http://example.org/region1',
    type: 'SpecificResource',
    source: 'http://example.org/image1',
  },
};

/** Example 34: Text Quote Selector. */
export const textQuoteSelector = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno23',
  type: 'Annotation',
  body: 'http://example.org/comment1',
  target: {
    source: 'http://example.org/page1',
    selector: {
      type: 'TextQuoteSelector',
      exact: 'anotation',
      prefix: 'this is an ',
      suffix: ' that has some',
    },
  },
};

/** Example 35: Text Position Selector. */
export const textPositionSelector = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno24',
  type: 'Annotation',
  body: 'http://example.org/review1',
  target: {
    source: 'http://example.org/ebook1',
    selector: {
      type: 'TextPositionSelector',
      start: 412,
      end: 795,
    },
  },
};

/** Example 43: Annotation Collection (pages given by IRI). */
export const collection = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/collection1',
  type: 'AnnotationCollection',
  label: 'Steampunk Annotations',
  creator: 'http://example.com/publisher',
  total: 42023,
  first: 'http://example.org/page1',
  last: 'http://example.org/page42',
};

/** Example 44: Annotation Page. */
export const page = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/page1',
  type: 'AnnotationPage',
  partOf: {
    id: 'http://example.org/collection1',
    label: 'Steampunk Annotations',
    total: 42023,
  },
  next: 'http://example.org/page2',
  startIndex: 0,
  items: [
    {
      id: 'http://example.org/anno1',
      type: 'Annotation',
      body: 'http://example.net/comment1',
      target: 'http://example.com/book/chapter1',
    },
    {
      id: 'http://example.org/anno2',
      type: 'Annotation',
      body: 'http://example.net/comment2',
      target: 'http://example.com/book/chapter2',
    },
  ],
};

/** Example 45: Collection with an embedded first page. */
export const collectionWithPage = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/collection1',
  type: 'AnnotationCollection',
  label: 'Steampunk Annotations',
  creator: 'http://example.com/publisher',
  total: 42023,
  first: {
    id: 'http://example.org/page1',
    type: 'AnnotationPage',
    next: 'http://example.org/page2',
    startIndex: 0,
    items: [
      {
        id: 'http://example.org/anno1',
        type: 'Annotation',
        body: 'http://example.net/comment1',
        target: 'http://example.com/book/chapter1',
      },
    ],
  },
  last: 'http://example.org/page42',
};

/** The standalone annotation examples above, by name. */
export const annotationExamples = {
  basicAnnotation,
  textualBody,
  bodyValue,
  purposes,
  lifecycle,
  motivation,
  specificResource,
  textQuoteSelector,
  textPositionSelector,
};
