import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationListCore } from '../../src/db/annotation-list/core';
import type { ListReply } from '../../src/db/annotation-list/protocol';
import { GlossDB } from '../../src/db/gloss-db';
import { emptyFilters } from '../../src/domain/annotations/filter';
import {
  LIST_PAGE,
  listAnnotations,
  type AnnotationListQuery,
} from '../../src/domain/annotations/list-view';
import type { Annotation } from '../../src/domain/model';
import { makeAnnotation, makeTestDb, range } from './helpers';

const ARTICLES = Array.from({ length: 30 }, (_, i) => ({
  id: `art-${String(i).padStart(2, '0')}`,
  source: i % 2 === 0 ? 'SANA' : 'TASS',
  language: 'en',
}));

let db: GlossDB;

afterEach(async () => {
  await db.delete();
});

/** 300 annotations, ten on each article; every fifth carries the note "talks". */
async function seed(): Promise<Annotation[]> {
  db = makeTestDb();
  const all = ARTICLES.flatMap((article, a) =>
    Array.from({ length: 10 }, (_, k) =>
      makeAnnotation({
        articleId: article.id,
        ranges: [range(100 - k * 5, 102 - k * 5, 'xx')],
        note: (a * 10 + k) % 5 === 0 ? 'talks' : '',
        createdAt: new Date(Date.UTC(2026, 0, 1) + (a * 10 + k) * 1000).toISOString(),
      }),
    ),
  );
  await db.annotations.bulkAdd(all);
  return all;
}

/** The core over the test database, with every reply kept and every database it opened counted. */
function start(chunk?: number) {
  const replies: ListReply[] = [];
  const opened: GlossDB[] = [];
  const core = new AnnotationListCore(
    (reply) => replies.push(reply),
    (name) => {
      const handle = new GlossDB(name);
      opened.push(handle);
      return handle;
    },
    chunk,
  );
  void core.handle({ type: 'open', dbName: db.name });
  return { core, replies, opened };
}

const query = (filters: Partial<AnnotationListQuery['filters']> = {}): AnnotationListQuery => ({
  filters: { ...emptyFilters, ...filters },
  articles: ARTICLES,
  tags: [],
  sets: [],
});
const ids = (list: readonly Annotation[]) => list.map((a) => a.id);
const lists = (replies: ListReply[]) =>
  replies.filter((r): r is Extract<ListReply, { type: 'list' }> => r.type === 'list');

describe('the annotation-list worker', () => {
  it('answers with a first page from the first articles, then the whole list, then pages asked for', async () => {
    const all = await seed();
    const { core, replies } = start();
    const whole = listAnnotations(all, query());
    await core.handle({ type: 'query', id: 1, query: query() });
    const [first, full] = lists(replies);
    // The first page, with the count (no filter: every annotation matches) before the rest is read.
    expect(first).toMatchObject({ id: 1, total: 300, matching: 300 });
    expect(ids(first?.rows ?? [])).toEqual(ids(whole.slice(0, LIST_PAGE)));
    expect(full).toMatchObject({ id: 1, total: 300, matching: 300 });
    expect(full?.version).toBeGreaterThan(first?.version ?? Infinity);

    await core.handle({ type: 'page', id: 1, start: 200 });
    const page = replies.at(-1);
    expect(page).toMatchObject({ type: 'page', id: 1, start: 200, version: full?.version });
    expect(ids(page?.type === 'page' ? page.rows : [])).toEqual(ids(whole.slice(200, 300)));
  });

  it('counts the matches once everything is read, and sorts by date without a first page', async () => {
    const all = await seed();
    const { core, replies } = start();
    await core.handle({
      type: 'query',
      id: 1,
      query: query({ query: 'talks', outlets: ['TASS'] }),
    });
    const [first, full] = lists(replies);
    expect(first?.matching).toBeNull();
    expect(full?.matching).toBe(
      listAnnotations(all, query({ query: 'talks', outlets: ['TASS'] })).length,
    );
    expect(full?.matching).toBe(30);

    replies.length = 0;
    await core.handle({ type: 'query', id: 2, query: query({ sort: 'date' }) });
    // Everything is read already: one answer, newest first.
    expect(lists(replies)).toHaveLength(1);
    expect(lists(replies)[0]?.rows[0]?.id).toBe(
      ids(listAnnotations(all, query({ sort: 'date' })))[0],
    );
  });

  it('answers only the latest question, and not a page of an older one', async () => {
    await seed();
    const { core, replies } = start();
    const older = core.handle({ type: 'query', id: 1, query: query() });
    const newer = core.handle({ type: 'query', id: 2, query: query({ query: 'talks' }) });
    await Promise.all([older, newer]);
    const full = lists(replies).filter((r) => r.matching !== null && r.id === 1);
    // The older question may have had its first page out, but no whole list after the newer came.
    expect(full.every((r) => r.rows.length <= LIST_PAGE)).toBe(true);
    expect(lists(replies).at(-1)).toMatchObject({ id: 2, matching: 60 });
    replies.length = 0;
    await core.handle({ type: 'page', id: 1, start: 100 });
    expect(replies).toEqual([]);
  });

  it('patches its copy from committed changes and answers again', async () => {
    const all = await seed();
    const { core, replies } = start();
    await core.handle({ type: 'query', id: 1, query: query({ query: 'talks' }) });
    const added = makeAnnotation({
      articleId: 'art-00',
      ranges: [range(0, 2, 'xx')],
      note: 'Talks',
    });
    replies.length = 0;
    await core.handle({
      type: 'changes',
      change: { puts: [added], deletes: [all[0]?.id ?? ''], reset: false },
    });
    const [after] = lists(replies);
    // One talk more, and the first one (art-00, "talks") gone.
    expect(after).toMatchObject({ total: 300, matching: 60 });
    expect(after?.rows[0]?.id).toBe(added.id);

    // A reset reads everything again.
    await db.annotations.clear();
    replies.length = 0;
    await core.handle({ type: 'changes', change: { puts: [], deletes: [], reset: true } });
    expect(lists(replies).at(-1)).toMatchObject({ total: 0, matching: 0, rows: [] });
  });

  it('reads everything in chunks, whether or not the last one is full', async () => {
    const all = await seed();
    for (const chunk of [7, 100]) {
      const { core, replies } = start(chunk);
      await core.handle({ type: 'query', id: 1, query: query({ sort: 'date' }) });
      expect(lists(replies)).toHaveLength(1);
      expect(lists(replies)[0]).toMatchObject({ total: 300, matching: 300 });
      await core.handle({ type: 'page', id: 1, start: 200 });
      const page = replies.at(-1);
      expect(ids(page?.type === 'page' ? page.rows : [])).toEqual(
        ids(listAnnotations(all, query({ sort: 'date' })).slice(200)),
      );
    }
  });

  it('closes the database after each read', async () => {
    await seed();
    const { core, opened } = start();
    await core.handle({ type: 'query', id: 1, query: query() });
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.every((handle) => !handle.isOpen())).toBe(true);
  });
});
