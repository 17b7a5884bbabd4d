// @vitest-environment node
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { planImport } from '../../../src/domain/formats/import-plan';
import { DerivedIds, GLOSS_ID_NAMESPACE, stableUuid } from '../../../src/domain/formats/stable-id';
import { formerStableUuid } from '../../../src/domain/formats/stable-id-v8';
import type { ArticleWithText } from '../../../src/domain/corpus/types';
import { importW3C } from '../../../src/domain/formats/w3c-import';
import { AnnotationSchema, TagSchema } from '../../../src/domain/validation';
import { annotate, context, knownArticles, makeArticle, makeTag } from './fixtures';

/** RFC 9562 §5.5 computed with node:crypto, apart from the uuid package. */
function uuidV5ByHand(name: string, namespace: string): string {
  const namespaceBytes = Buffer.from(namespace.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}

describe('stableUuid', () => {
  it('is the RFC 9562 UUIDv5 of the Gloss namespace and the name', () => {
    for (const name of [
      'gloss-tag:framing',
      'w3c:https://example.org/a/1',
      'doccano:x:0:5',
      'é😀',
    ]) {
      expect(stableUuid(name)).toBe(uuidV5ByHand(name, GLOSS_ID_NAMESPACE));
    }
    // The RFC's own example (Appendix A.4), to show the hand computation is the standard one.
    expect(uuidV5ByHand('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('gives version 5 ids that the record schemas accept', () => {
    const id = stableUuid('gloss-tag:framing');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(TagSchema.safeParse(makeTag('Framing', { id })).success).toBe(true);
  });
});

describe('ids derived before UUIDv5', () => {
  it('are computed as they always were', () => {
    expect(formerStableUuid('gloss-tag:framing')).toBe('b5b3aec4-ddcf-87bf-8a22-f1b115152082');
    expect(formerStableUuid('w3c:https://example.org/anno/1')).toBe(
      '709102a6-0d05-81e4-adf6-1fb12093807c',
    );
  });

  it('stay valid in stored records', () => {
    const id = formerStableUuid('gloss-tag:framing');
    expect(TagSchema.safeParse(makeTag('Framing', { id })).success).toBe(true);
  });

  it('are remembered next to each new id', () => {
    const ids = new DerivedIds();
    const id = ids.of('gloss-tag:framing');
    expect(id).toBe(stableUuid('gloss-tag:framing'));
    expect(ids.former.get(id)).toBe(formerStableUuid('gloss-tag:framing'));
  });

  describe('a file imported under the former ids, imported again', () => {
    let article: ArticleWithText;
    const source = 'urn:gloss:article:001_seed';
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          id: 'https://annotations.example.org/a/1',
          type: 'Annotation',
          created: '2024-05-01T10:00:00Z',
          body: [
            { type: 'TextualBody', purpose: 'tagging', value: 'Framing' },
            { type: 'TextualBody', value: 'A note' },
          ],
          target: { source, selector: { type: 'TextQuoteSelector', exact: 'Kerry' } },
        },
      ],
    };

    beforeAll(async () => {
      article = await makeArticle('001_seed', 'Lavrov met Kerry in Geneva.');
    });

    it('meets the stored records instead of adding copies, on merge and on replace', () => {
      const bundle = importW3C(JSON.stringify(file), knownArticles([article]), {
        now: new Date('2025-06-01T12:00:00.000Z'),
      });
      const formerTagId = formerStableUuid('gloss-tag:framing');
      const formerId = formerStableUuid('w3c:https://annotations.example.org/a/1');
      const storedTag = { ...bundle.tags[0]!, id: formerTagId };
      const storedAnnotation = { ...bundle.annotations[0]!, id: formerId, tagIds: [formerTagId] };
      expect(AnnotationSchema.safeParse(storedAnnotation).success).toBe(true);
      const existing = { tags: [storedTag], annotations: [storedAnnotation] };

      for (const mode of ['merge', 'replace'] as const) {
        const plan = planImport(bundle, context([article], existing), mode);
        expect(plan.counts).toEqual({ add: 0, change: 0, remove: 0, skip: 0, unchanged: 2 });
      }
    });

    it('keeps the former id when the file changed the record', () => {
      const bundle = importW3C(JSON.stringify(file), knownArticles([article]), {
        now: new Date('2025-06-01T12:00:00.000Z'),
      });
      const formerId = formerStableUuid('w3c:https://annotations.example.org/a/1');
      const older = annotate(article, 'Kerry', {
        id: formerId,
        note: 'An older note',
        updatedAt: '2024-01-01T00:00:00.000Z',
      });
      const plan = planImport(bundle, context([article], { annotations: [older] }), 'replace');
      expect(plan.change.annotations.map((a) => [a.id, a.note])).toEqual([[formerId, 'A note']]);
      expect(plan.remove.annotations).toEqual([]);
    });
  });
});
