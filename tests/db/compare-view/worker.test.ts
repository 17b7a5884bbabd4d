// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CompareReply, CompareRequest } from '../../../src/db/compare-view/protocol';
import type { CompareQuery } from '../../../src/domain/compare/compare-view';
import type { Tag } from '../../../src/domain/model';
import { makeAnnotation, makeTestDb } from '../helpers';
import type * as ChunkedRead from '../../../src/db/compare-view/chunked-read';

/*
 * The Compare worker run in this thread: its `self` is a stand-in that records what it posts,
 * and every chunk of the whole-table read is logged, so the order of the two can be checked.
 */
const log: string[] = [];
const replies: CompareReply[] = [];
vi.mock('../../../src/db/compare-view/chunked-read', async (original) => {
  const actual = await original<typeof ChunkedRead>();
  return {
    ...actual,
    readInChunks: (
      readAfter: Parameters<typeof actual.readInChunks>[0],
      take: Parameters<typeof actual.readInChunks>[1],
    ) =>
      actual.readInChunks(
        readAfter,
        (records) => {
          log.push(`chunk of ${records.length}`);
          take(records);
        },
        250,
      ),
  };
});

const worker = {
  onmessage: null as ((event: { data: CompareRequest }) => void) | null,
  postMessage(reply: CompareReply) {
    replies.push(reply);
    log.push(reply.type === 'view' ? (reply.view.complete ? 'whole view' : 'first page') : 'error');
  },
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
const articles = Array.from({ length: 100 }, (_, i) => ({
  id: `doc-${String(i).padStart(3, '0')}`,
  source: i % 2 ? 'TASS' : 'Reuters',
  title: `Article ${i}`,
  language: 'en',
}));
const query: CompareQuery = {
  tagIds: ['t'],
  coderIds: [],
  articles,
  members: null,
  tags: [tag],
  unknownOutlet: 'Unknown outlet',
  columns: 3,
};
const db = makeTestDb();

beforeAll(async () => {
  await db.open();
  // Ten annotations per article, a thousand in all: four chunks of 250.
  await db.annotations.bulkAdd(
    Array.from({ length: 1000 }, (_, n) =>
      makeAnnotation({ articleId: articles[n % 100]!.id, tagIds: ['t'] }),
    ),
  );
  db.close();
  vi.stubGlobal('self', worker);
  await import('../../../src/db/compare-view/worker');
});

afterAll(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

describe('the Compare worker', () => {
  it('sends the first page before it reads the whole table, and the totals after', async () => {
    send({ type: 'open', dbName: db.name });
    send({ type: 'query', id: 1, query });
    await vi.waitFor(() => expect(log).toContain('whole view'), { timeout: 20_000 });
    expect(log).toEqual([
      'first page',
      'chunk of 250',
      'chunk of 250',
      'chunk of 250',
      'chunk of 250',
      'chunk of 0',
      'whole view',
    ]);
    const [first, whole] = replies.map((r) => (r.type === 'view' ? r.view : null));
    expect(first?.columns.map((c) => c.articleId)).toEqual(['doc-000', 'doc-001', 'doc-002']);
    expect(first?.columns[0]?.passages).toHaveLength(10);
    expect(first?.withPassages).toBeNull();
    expect(whole?.withPassages).toBe(100);
    expect(whole?.counts?.counts).toEqual([
      [500], // Reuters
      [500], // TASS
    ]);
  });
});
