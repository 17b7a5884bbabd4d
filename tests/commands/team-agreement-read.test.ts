import { describe, expect } from 'vitest';
import { readAgreementInput } from '../../src/commands/team-agreement-read';
import { computeTeamAgreement } from '../../src/domain/agreement';
import { describeRange } from '../../src/domain/anchoring';
import { DEFAULT_LOCAL_CODER_NAME } from '../../src/domain/coders/coder';
import type { ArticleWithText } from '../../src/domain/corpus/types';
import type { Annotation, DocumentMeta, Tag } from '../../src/domain/model';
import { dbTest } from '../helpers/db-fixtures';

/* What the agreement worker reads from the database itself (and the page, without a worker). */

const text = 'Lavrov met Kerry in Geneva to talk about Syria.';
const STAMP = '2025-01-01T00:00:00.000Z';
const peace: Tag = {
  id: 't-peace',
  name: 'Peace',
  nameKey: 'peace',
  color: '#fde68a',
  description: '',
  hotkey: null,
  parentId: null,
  createdAt: STAMP,
};
const meta: DocumentMeta = {
  id: 'doc-1',
  file: 'doc-1.txt',
  title: 'Talks in Geneva',
  source: 'Reuters',
  language: 'en',
  date: '2025-01-01',
  byline: null,
  wordCount: 9,
  byteLength: text.length,
  sha256: 'd'.repeat(64),
  createdAt: STAMP,
};
const bundled: ArticleWithText = {
  id: 'seed-1',
  file: 'seed-1.txt',
  title: 'A bundled article',
  source: 'SANA',
  language: 'en',
  date: null,
  byline: null,
  wordCount: 2,
  byteLength: 9,
  textHash: 'e'.repeat(64),
  origin: 'bundled',
  text: 'Two words',
} as ArticleWithText;

function annotation(id: string, coderId: string, end: number): Annotation {
  return {
    id,
    articleId: 'doc-1',
    textHash: meta.sha256,
    ranges: [describeRange(text, 0, end)],
    tagIds: [peace.id],
    note: '',
    color: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    status: 'exact',
    coderId,
  };
}

describe('readAgreementInput', () => {
  dbTest(
    'reads the chosen layers, the codebook, sets and every document with its text',
    async ({ db }) => {
      await db.coders.bulkPut([
        { id: 'local', name: 'Me', origin: 'local', createdAt: STAMP },
        { id: 'ann', name: 'Ann', origin: 'imported', createdAt: STAMP },
        { id: 'ben', name: 'Ben', origin: 'imported', createdAt: STAMP },
      ]);
      await db.tags.put(peace);
      await db.articles.put(meta);
      await db.texts.put({ id: meta.id, text });
      await db.sets.put({
        id: 's1',
        name: 'Week 1',
        nameKey: 'week 1',
        articleIds: ['doc-1'],
        createdAt: STAMP,
      });
      await db.annotations.bulkPut([
        annotation('a1', 'local', 6),
        annotation('a2', 'ann', 6),
        annotation('a3', 'ben', 16),
        // Damaged (no ranges): set aside, as every view sets it aside.
        { ...annotation('a4', 'ann', 6), ranges: [] },
      ]);

      const { input, annotations } = await readAgreementInput(db, ['local', 'ann'], [bundled]);
      expect(annotations).toBe(2);
      expect(input.coders.map((c) => [c.name, c.annotations.map((a) => a.id)])).toEqual([
        ['Me', ['a1']],
        ['Ann', ['a2']],
      ]);
      expect(input.articles.map((a) => [a.id, a.outlet, a.text])).toEqual([
        ['seed-1', 'SANA', 'Two words'],
        ['doc-1', 'Reuters', text],
      ]);
      expect(input.sets).toEqual([{ name: 'Week 1', articleIds: ['doc-1'] }]);

      const report = computeTeamAgreement(input);
      expect(report.overall.alpha).toBe(1);
      // One tag: each character is one unit both coders coded.
      expect(report.overall.units).toBe(text.length);
      expect(report.bySet.map((s) => s.set)).toEqual(['Week 1']);
    },
  );

  dbTest('names the local coder even before its record exists', async ({ db }) => {
    await db.annotations.put(annotation('a1', 'local', 6));
    const { input } = await readAgreementInput(db, ['local', 'nobody'], []);
    expect(input.coders.map((c) => c.name)).toEqual([DEFAULT_LOCAL_CODER_NAME]);
  });
});
