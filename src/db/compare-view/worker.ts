/// <reference lib="webworker" />
import {
  computeCompareView,
  firstCompareColumns,
  sameFirstPage,
} from '../../domain/compare/compare-view';
import type { CompareQuery, CompareQuestion } from '../../domain/compare/compare-view';
import type { Annotation } from '../../domain/model';
import { partitionRecords } from '../../domain/validation/sound-records';
import { GlossDB } from '../gloss-db';
import { asModel } from '../revision';
import { readInChunks } from './chunked-read';
import { resolveQuestion } from './resolve-question';
import type { CompareReply, CompareRequest } from './protocol';

/*
 * The Compare worker (docs/architecture.md "Views at scale"): reads every annotation itself, so
 * the page never holds a hundred thousand of them, keeps its copy patched from the page's change
 * feed, and answers each question with a first page (read by article, at once) and then the
 * whole view. Every annotation is read in chunks, each its own short transaction: IndexedDB
 * serves an origin's reads in turn, and one read of a hundred thousand records would hold up
 * every other read of the page (and of the next page, when this one is left or reloaded: a
 * stopped worker's read runs on to its end) for seconds.
 */

let dbName = '';
let annotations: Map<string, Annotation> | null = null;
let loading: Promise<void> | null = null;
/** Set when a change came while reading: the read may predate it, so it is read again. */
let stale = false;
let latest: { id: number; query: CompareQuery; early: boolean } | null = null;

const post = (reply: CompareReply) => (self as unknown as Worker).postMessage(reply);
const sound = (records: readonly unknown[]) =>
  partitionRecords<Annotation>('annotations', records).sound.map(asModel);

/** Opens the database for one read and closes it after, so it never holds up another tab. */
async function withDb<T>(read: (db: GlossDB) => Promise<T>): Promise<T> {
  const db = new GlossDB(dbName);
  try {
    await db.open();
    return await read(db);
  } finally {
    db.close();
  }
}

function load(): Promise<void> {
  loading ??= (async () => {
    do {
      stale = false;
      const read = new Map<string, Annotation>();
      await withDb((db) =>
        readInChunks(
          (after, limit) =>
            (after === null
              ? db.annotations.orderBy(':id')
              : db.annotations.where(':id').above(after)
            )
              .limit(limit)
              .toArray(),
          (records) => {
            for (const a of sound(records)) read.set(a.id, a);
          },
        ),
      );
      annotations = read;
    } while (stale);
  })().finally(() => {
    loading = null;
  });
  return loading;
}

function answerInFull(): void {
  // The address's early question gets a first page only: its articles are the worker's reading,
  // and the page's own query (with the outlets it names) follows.
  if (!latest || !annotations || latest.early) return;
  const { id, query } = latest;
  try {
    post({ type: 'view', id, view: computeCompareView(annotations.values(), query) });
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}

/** The query whose first page was sent last (to the latest question or one before it). */
let firstSent: CompareQuery | null = null;

async function answer(id: number, query: CompareQuery, early = false): Promise<void> {
  latest = { id, query, early };
  if (annotations && !loading) return answerInFull();
  try {
    // The page's query after the address's question, with the same first page: that page stands.
    if (!firstSent || !sameFirstPage(firstSent, query)) {
      const first = await withDb((db) =>
        firstCompareColumns(
          async (ids) => sound(await db.annotations.where('articleId').anyOf(ids).toArray()),
          query,
        ),
      );
      // Only if nothing else came meanwhile (or what came has this first page too), and the
      // whole view is not here yet.
      const now = latest;
      if (now && (now.id === id || sameFirstPage(now.query, query)) && (!annotations || loading)) {
        firstSent = query;
        post({ type: 'view', id: now.id, view: first });
      }
    }
    await load();
    if (latest?.id === id) answerInFull();
  } catch (error) {
    if (latest?.id === id && !early)
      post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}

async function answerQuestion(id: number, question: CompareQuestion): Promise<void> {
  try {
    const query = await withDb((db) => resolveQuestion(db, question));
    // The page's own query came first: it is answered already.
    if (latest && latest.id > id) return;
    await answer(id, query, true);
  } catch {
    // The page's own query follows and says what is wrong, if anything is.
  }
}

self.onmessage = (event: MessageEvent<CompareRequest>) => {
  const request = event.data;
  if (request.type === 'open') {
    // Nothing is read before the first question: IndexedDB serves one origin's reads in turn,
    // and the first page (a few articles) must not wait behind every annotation.
    dbName = request.dbName;
  } else if (request.type === 'query') void answer(request.id, request.query);
  else if (request.type === 'question') void answerQuestion(request.id, request.question);
  else {
    const { change } = request;
    if (loading) stale = true;
    if (change.reset || !annotations) {
      void load().then(answerInFull, () => undefined);
      return;
    }
    for (const id of change.deletes) annotations.delete(id);
    for (const a of change.puts) annotations.set(a.id, a);
    answerInFull();
  }
};
