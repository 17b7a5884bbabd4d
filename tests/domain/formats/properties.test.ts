import { annotationContentKey } from '../../../src/domain/formats/annotation-duplicates';
// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/domain/anchoring';
import { sha256Hex } from '../../../src/domain/corpus';
import { parseDoccano } from '../../../src/domain/formats/doccano-import';
import { detectFormat } from '../../../src/domain/formats/detect';
import { ImportError } from '../../../src/domain/formats/errors';
import { planImport } from '../../../src/domain/formats/import-plan';
import { exportNative } from '../../../src/domain/formats/native-export';
import { parseNative } from '../../../src/domain/formats/native-import';
import { exportW3C } from '../../../src/domain/formats/w3c-export';
import { importW3C } from '../../../src/domain/formats/w3c-import';
import type { Annotation } from '../../../src/domain/model';
import type { ArticleWithText } from '../../../src/domain/corpus/types';
import {
  context,
  exportInput,
  knownArticles,
  makeTag,
  UNICODE_TEXT,
  bundledMeta,
} from './fixtures';

const article: ArticleWithText = {
  id: 'unicode',
  title: 'Unicode',
  source: null,
  language: 'ar',
  text: `${UNICODE_TEXT} Second sentence, with «guillemets» and 🇫🇷 flags.`,
  textHash: await sha256Hex(`${UNICODE_TEXT} Second sentence, with «guillemets» and 🇫🇷 flags.`),
  ...bundledMeta,
};
const known = knownArticles([article]);
const tags = [makeTag('Framing'), makeTag('Blame'), makeTag('Actors')];

/** Runs an importer and lets only its own error type escape. */
function onlyImportErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
  }
}

const importers: Array<[string, (text: string) => unknown]> = [
  ['parseNative', (text) => parseNative(text)],
  ['importW3C', (text) => importW3C(text, known)],
  ['parseDoccano', (text) => parseDoccano(text, known)],
  ['detectFormat', (text) => detectFormat(text)],
];

/** Random JSON, alone and inside the envelopes each importer looks into. */
const shapedJson = fc.oneof(
  fc.jsonValue(),
  fc
    .dictionary(fc.string(), fc.jsonValue())
    .map((rest) => ({ ...rest, format: 'gloss', version: 1 })),
  fc
    .record({ annotations: fc.array(fc.jsonValue()), tags: fc.array(fc.jsonValue()) })
    .map((lists) => ({
      format: 'gloss',
      version: 1,
      exportedAt: '2025-01-01T00:00:00Z',
      articles: [],
      ...lists,
    })),
  fc
    .array(fc.jsonValue())
    .map((items) => ({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items } })),
  fc.array(
    fc.record({
      type: fc.constant('Annotation'),
      body: fc.jsonValue(),
      target: fc.oneof(
        fc.jsonValue(),
        fc.record({ source: fc.constant('urn:gloss:article:unicode'), selector: fc.jsonValue() }),
      ),
      created: fc.jsonValue(),
    }),
  ),
  fc.record({ text: fc.oneof(fc.constant(article.text), fc.jsonValue()), label: fc.jsonValue() }),
);

describe('importers never throw anything but ImportError', () => {
  it.each(importers)('%s on random JSON', (_name, run) => {
    fc.assert(
      fc.property(shapedJson, (value) => onlyImportErrors(() => run(JSON.stringify(value)))),
      { numRuns: 300 },
    );
  });

  it.each(importers)('%s on random text', (_name, run) => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => onlyImportErrors(() => run(text))),
      { numRuns: 200 },
    );
  });
});

const isoDate = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

const annotationArb: fc.Arbitrary<Annotation> = fc
  .record({
    id: fc.uuid({ version: 4 }),
    start: fc.nat({ max: article.text.length - 1 }),
    size: fc.integer({ min: 1, max: 40 }),
    tagIds: fc.subarray(tags.map((t) => t.id)),
    note: fc.string({ unit: 'grapheme', maxLength: 60 }),
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .map(({ id, start, size, tagIds, note, createdAt, updatedAt }) => ({
    id,
    articleId: article.id,
    textHash: article.textHash,
    ranges: [describeRange(article.text, start, Math.min(article.text.length, start + size))],
    tagIds,
    note,
    color: null,
    createdAt,
    updatedAt,
    status: 'exact' as const,
    coderId: 'local',
  }));

// Unique by id and by content: the same article, ranges and tags is one annotation (a duplicate
// an import skips).
const annotationsArb = fc
  .uniqueArray(annotationArb, { selector: (a) => a.id, maxLength: 12 })
  .map((list) => {
    const seen = new Set<string>();
    return list.filter((a) => {
      const key = annotationContentKey(a);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

describe('valid exports always round-trip', () => {
  it('native: export → parse → plan into an empty database gives the same records', () => {
    fc.assert(
      fc.property(annotationsArb, (annotations) => {
        const input = exportInput({ articles: [article], tags, annotations });
        const plan = planImport(parseNative(exportNative(input)), context([article]));
        expect(plan.add.annotations).toEqual(annotations);
        expect(plan.add.tags).toEqual(tags);
        expect(plan.skip).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('W3C: export → import → plan against the same codebook gives the same annotations', () => {
    fc.assert(
      fc.property(annotationsArb, (annotations) => {
        const input = exportInput({ articles: [article], tags, annotations });
        const bundle = importW3C(exportW3C(input), known);
        expect(bundle.skipped).toEqual([]);
        const plan = planImport(bundle, context([article], { tags }));
        expect(plan.add.annotations).toEqual(annotations);
      }),
      { numRuns: 100 },
    );
  });
});
