import { describe, expect } from 'vitest';
import { dbTest as test } from '../helpers/db-fixtures';
import { NotFoundError, QuotaError, ValidationError } from '../../src/db/errors';
import { buildUserDocument } from '../../src/domain/corpus';
import type { DocumentRecord } from '../../src/domain/model';
import { makeAnnotation, snapshot } from './helpers';

let created = 0;
function document(text: string, id = `doc-${crypto.randomUUID()}`): Promise<DocumentRecord> {
  created += 1;
  return buildUserDocument(text, null, new Date(Date.UTC(2025, 0, 1, 0, 0, created)), id);
}

describe('articles repo (the user’s documents)', () => {
  test('stores a document and reads it back unchanged, text and all', async ({ articles }) => {
    const article = await document('My notes\r\n\r\nLavrov met Kerry.\r\n');
    await articles.add(article);
    expect(await articles.get(article.id)).toEqual(article);
    expect((await articles.get(article.id))?.text).toBe('My notes\r\n\r\nLavrov met Kerry.\r\n');
    expect(await articles.get('doc-missing')).toBeUndefined();
  });

  test('refuses a record that fails validation, naming the field, and writes nothing', async ({
    articles,
  }) => {
    const article = await document('Title\nBody text.\n');
    await expect(articles.add({ ...article, createdAt: 'yesterday' })).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'createdAt',
    });
    await expect(articles.add({ ...article, id: '' })).rejects.toBeInstanceOf(ValidationError);
    expect(await articles.list()).toEqual([]);
  });

  test('refuses a hash or byte length that does not describe the text', async ({ articles }) => {
    const article = await document('Title\nBody text.\n');
    await expect(articles.add({ ...article, text: `${article.text}!` })).rejects.toThrow(
      'Invalid article: byteLength does not match the UTF-8 length of the text',
    );
    await expect(articles.add({ ...article, sha256: 'b'.repeat(64) })).rejects.toThrow(
      'Invalid article: sha256 does not match the text',
    );
  });

  test('refuses an id that is already used', async ({ articles }) => {
    const article = await document('Title\nBody.\n');
    await articles.add(article);
    await expect(articles.add(article)).rejects.toMatchObject({ field: 'id' });
    expect(await articles.list()).toHaveLength(1);
  });

  test('adds several documents at once, and lists them oldest first', async ({ articles }) => {
    const [first, second, third] = await Promise.all([
      document('First\nOne.\n'),
      document('Second\nTwo.\n'),
      document('Third\nThree.\n'),
    ]);
    await articles.addMany([third!, first!, second!]);
    expect((await articles.list()).map((a) => a.title)).toEqual(['First', 'Second', 'Third']);
  });

  test('adds none of several documents when one is invalid, naming which', async ({ articles }) => {
    const good = await document('Good\nText.\n');
    const bad = { ...(await document('Bad\nText.\n')), language: '' };
    const adding = articles.addMany([good, bad]);
    await expect(adding).rejects.toBeInstanceOf(ValidationError);
    await expect(adding).rejects.toThrow(/^Invalid article 2 of 2: language/);
    await expect(articles.addMany([good, good])).rejects.toThrow(/is repeated/);
    expect(await articles.list()).toEqual([]);
  });

  test('adds none of several documents when the disk fills up half-way', async ({
    db,
    failure,
    articles,
  }) => {
    const batch = await Promise.all([document('A\nOne.\n'), document('B\nTwo.\n')]);
    const before = await snapshot(db);
    failure.arm(1);
    await expect(articles.addMany(batch)).rejects.toBeInstanceOf(QuotaError);
    expect(await snapshot(db)).toEqual(before);
  });

  test('removes a document with its annotations and memo, and says what went', async ({
    annotations,
    articles,
    memos,
  }) => {
    const kept = await document('Kept\nStays.\n');
    const removed = await document('Removed\nGoes.\n');
    await articles.addMany([kept, removed]);
    const own = [
      makeAnnotation({ articleId: removed.id }),
      makeAnnotation({ articleId: removed.id }),
    ];
    const other = makeAnnotation({ articleId: kept.id });
    for (const annotation of [...own, other]) await annotations.create(annotation);
    await memos.set(removed.id, 'A memo on the removed one');
    await memos.set(kept.id, 'A memo on the kept one');

    const result = await articles.remove(removed.id);

    expect(result.article).toEqual(removed);
    expect(result.annotationCount).toBe(2);
    expect(result.annotations.map((a) => a.id).sort()).toEqual(own.map((a) => a.id).sort());
    expect(result.memo?.text).toBe('A memo on the removed one');
    const { text: _text, ...keptMeta } = kept;
    expect(await articles.list()).toEqual([keptMeta]);
    expect(await annotations.listAll()).toEqual([other]);
    expect((await memos.list()).map((memo) => memo.articleId)).toEqual([kept.id]);
  });

  test('removes a document that has no annotations or memo', async ({ articles }) => {
    const article = await document('Alone\nNothing attached.\n');
    await articles.add(article);
    expect(await articles.remove(article.id)).toEqual({
      article,
      annotations: [],
      memo: null,
      annotationCount: 0,
      memberships: [],
    });
  });

  test('reports a missing document and changes nothing', async ({ articles }) => {
    await expect(articles.remove('doc-nope')).rejects.toBeInstanceOf(NotFoundError);
  });

  test('removes all of a document or nothing: a full disk half-way keeps everything', async ({
    db,
    failure,
    annotations,
    articles,
    memos,
  }) => {
    const article = await document('Removed\nGoes.\n');
    await articles.add(article);
    await annotations.create(makeAnnotation({ articleId: article.id }));
    await memos.set(article.id, 'memo');
    const before = await snapshot(db);
    failure.arm(2); // the annotations go, then the disk is full
    await expect(articles.remove(article.id)).rejects.toBeInstanceOf(QuotaError);
    expect(await snapshot(db)).toEqual(before);
  });
});
