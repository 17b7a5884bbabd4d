// @vitest-environment node
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeUploadedFile, DocumentFileError } from '../../../src/domain/corpus/user-document';
import { sha256Hex } from '../../../src/domain/corpus';
import { planImport } from '../../../src/domain/formats/import-plan';
import { verifyDocuments } from '../../../src/domain/formats/verify-documents';
import { exportW3C } from '../../../src/domain/formats/w3c-export';
import type { ImportBundle } from '../../../src/domain/formats/types';
import type { ArticleWithText } from '../../../src/domain/corpus/types';
import { isBlankText } from '../../../src/domain/text/invisible';
import { context, exportInput, makeArticle, makeDocument } from './fixtures';

function bundle(parts: Partial<ImportBundle>): ImportBundle {
  return {
    format: 'native',
    exportedAt: null,
    articles: [],
    tags: [],
    annotations: [],
    memos: [],
    documents: [],
    skipped: [],
    ...parts,
  };
}

const EMOJI_TEXT = 'Start 😀😀 middle 👍🏽 and 𝒳 end of the text.';
let article: ArticleWithText;
beforeAll(async () => {
  article = await makeArticle('001_emoji', EMOJI_TEXT);
});

const isWellFormed = (s: string) => !/\p{Cs}/u.test(s);

describe('ranges are whole code points on every path in', () => {
  it('widens an imported range that starts or ends inside a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: EMOJI_TEXT.length - 1 }),
        fc.integer({ min: 1, max: EMOJI_TEXT.length }),
        (a, b) => {
          const [start, end] = a < b ? [a, b] : [b, a === b ? a + 1 : a];
          if (end > EMOJI_TEXT.length || start >= end) return;
          const exact = EMOJI_TEXT.slice(start, end);
          const annotation = {
            id: crypto.randomUUID(),
            articleId: article.id,
            textHash: article.textHash,
            ranges: [{ start, end, exact, prefix: '', suffix: '' }],
            tagIds: [],
            note: '',
            color: null,
            createdAt: '2025-01-01T00:00:00.000Z',
            updatedAt: '2025-01-01T00:00:00.000Z',
            status: 'exact' as const,
            coderId: 'local',
          };
          const plan = planImport(bundle({ annotations: [annotation] }), context([article]));
          const placed = plan.add.annotations[0];
          expect(placed).toBeDefined();
          const range = placed!.ranges[0]!;
          expect(isWellFormed(range.exact)).toBe(true);
          expect(range.start).toBeLessThanOrEqual(start);
          expect(range.end).toBeGreaterThanOrEqual(end);
          const w3c = exportW3C(exportInput({ articles: [article], annotations: [placed!] }));
          expect(isWellFormed(w3c)).toBe(true);
        },
      ),
    );
  });
});

describe('document records in a backup are checked, not trusted', () => {
  it('recomputes hash, byte length and word count', async () => {
    const doc = {
      ...makeDocument(article),
      id: 'doc-1',
      wordCount: 999_999,
      byteLength: 1,
      sha256: 'f'.repeat(64),
    };
    const verified = await verifyDocuments(bundle({ documents: [doc] }));
    const [checked] = verified.documents;
    expect(checked?.sha256).toBe(await sha256Hex(EMOJI_TEXT));
    expect(checked?.byteLength).toBe(new TextEncoder().encode(EMOJI_TEXT).byteLength);
    expect(checked?.wordCount).toBeLessThan(20);
  });

  it('applies the upload limits: over 5 MB or only invisible characters is skipped', async () => {
    const big = { ...makeDocument(article), id: 'doc-big', text: 'word '.repeat(3_000_001) };
    const invisible = { ...makeDocument(article), id: 'doc-zw', text: '\u200B\u200C\u2060\uFEFF' };
    const verified = await verifyDocuments(bundle({ documents: [big, invisible] }));
    expect(verified.documents).toHaveLength(0);
    expect(verified.skipped.map((s) => s.message)).toEqual([
      expect.stringMatching(/^document 0: .*limited to 5,000,000/),
      'document 1: it holds no visible text',
    ]);
  });

  it('never lets a document take a bundled article’s id, even with a matching hash', async () => {
    const fake = { ...makeDocument(article), text: 'Other text entirely.' };
    const verified = await verifyDocuments(bundle({ documents: [fake] }));
    const plan = planImport(verified, context([article]));
    expect(plan.add.documents).toHaveLength(0);
    expect(plan.skip[0]?.reason).toBe('a bundled article already has this id');
  });

  it('refuses a text of only zero-width characters like an empty one', () => {
    expect(isBlankText('\u200B\u200D\u2060 \n')).toBe(true);
    expect(isBlankText('a\u200B')).toBe(false);
    const bytes = new TextEncoder().encode('\u200B\u200B\u200B');
    expect(() => decodeUploadedFile(bytes, 'ghost.txt')).toThrow(DocumentFileError);
  });
});
