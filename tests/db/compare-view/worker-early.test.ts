// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createArticlesRepo } from '../../../src/db/articles-repo';
import type { CompareReply, CompareRequest } from '../../../src/db/compare-view/protocol';
import { resolveQuestion } from '../../../src/db/compare-view/resolve-question';
import { buildUserDocument } from '../../../src/domain/corpus';
import type { Tag } from '../../../src/domain/model';
import { makeAnnotation, makeTestDb } from '../helpers';

/*
 * Compare opened by its address: the worker is asked the address's question before the page has
 * read the library, reads the articles itself and answers a first page; the page's own query
 * with the same first page then gets no second one, only the whole view.
 */
const replies: CompareReply[] = [];
const worker = {
  onmessage: null as ((event: { data: CompareRequest }) => void) | null,
  postMessage: (reply: CompareReply) => replies.push(reply),
};
const send = (data: CompareRequest) => worker.onmessage?.({ data });

const tag: Tag = {
  id: 't',
  name: 'T',
  nameKey: 't',
  color: '#fde68a',
  description: '',
  hotkey: null,
  parentId: null,
  createdAt: '2025-01-01T00:00:00.000Z',
};
const db = makeTestDb();
const ids: string[] = [];

beforeAll(async () => {
  const articles = createArticlesRepo(db);
  // Written newest first: the library lists them oldest first.
  for (const n of [3, 2, 1]) {
    const doc = await buildUserDocument(
      `Report ${n}\n\nLavrov met Kerry in Geneva.`,
      null,
      new Date(Date.UTC(2025, 0, 1, 0, 0, n)),
      `doc-${n}`,
    );
    await articles.add({ ...doc, source: n === 2 ? 'TASS' : null });
    ids.unshift(doc.id);
  }
  await db.tags.add(tag);
  await db.annotations.bulkAdd(
    ['doc-1', 'doc-2', 'doc-3', 'doc-1'].map((articleId) =>
      makeAnnotation({ articleId, tagIds: ['t'] }),
    ),
  );
  db.close();
  // No bundled corpus here: the manifest lists no article.
  vi.stubGlobal('fetch', async () => Response.json({ version: 1, generatedAt: '', articles: [] }));
  vi.stubGlobal('self', worker);
  await import('../../../src/db/compare-view/worker');
});

afterAll(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

describe('the Compare worker asked the address’s question', () => {
  it('reads the library order itself and answers a first page, then the page’s query in full', async () => {
    const question = { tagIds: ['t'], coderIds: [], setId: null, columns: 2 };
    await db.open();
    const query = await resolveQuestion(db, question);
    db.close();
    expect(query.articles.map((a) => a.id)).toEqual(['doc-1', 'doc-2', 'doc-3']);
    expect(query.articles[1]).toMatchObject({ source: 'TASS', title: 'Report 2', language: 'en' });

    send({ type: 'open', dbName: db.name });
    send({ type: 'question', id: 1, question });
    await vi.waitFor(() => expect(replies).toHaveLength(1), { timeout: 20_000 });
    const first = replies[0];
    expect(first?.type === 'view' && first.id).toBe(1);
    if (first?.type !== 'view') return;
    expect(first.view.complete).toBe(false);
    expect(first.view.columns.map((c) => [c.article.title, c.passages.length])).toEqual([
      ['Report 1', 2],
      ['Report 2', 1],
    ]);

    // The page's own query: the same first page, so only the whole view comes.
    send({ type: 'query', id: 2, query: { ...query, unknownOutlet: 'Unknown outlet' } });
    await vi.waitFor(
      () => expect(replies.some((r) => r.type === 'view' && r.view.complete)).toBe(true),
      {
        timeout: 20_000,
      },
    );
    expect(replies.map((r) => [r.id, r.type === 'view' && r.view.complete])).toEqual([
      [1, false],
      [2, true],
    ]);
    const whole = replies[1];
    expect(whole?.type === 'view' && whole.view.withPassages).toBe(3);
  });
});
