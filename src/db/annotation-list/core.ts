import {
  LIST_PAGE,
  firstAnnotationPage,
  listAnnotations,
  noFilters,
  type AnnotationListQuery,
} from '../../domain/annotations/list-view';
import type { Annotation } from '../../domain/model';
import { partitionRecords } from '../../domain/validation/sound-records';
import type { GlossDB } from '../gloss-db';
import { asModel } from '../revision';
import type { ListReply, ListRequest } from './protocol';

const sound = (records: readonly unknown[]) =>
  partitionRecords<Annotation>('annotations', records).sound.map(asModel);

/** How many annotations one read transaction holds while the worker reads them all. */
const CHUNK = 5_000;

/**
 * Every stored annotation, in transactions of CHUNK records by id: IndexedDB serves an origin's
 * reads in turn, and one read of a hundred thousand would hold up the page's own reads (and the
 * next page's, after a navigation) for seconds; a closed worker also stops between two chunks.
 */
async function readInChunks(db: GlossDB, size: number): Promise<unknown[]> {
  const records: unknown[] = [];
  let last: string | null = null;
  for (;;) {
    const chunk: unknown[] = await (
      last === null ? db.annotations.orderBy(':id') : db.annotations.where(':id').above(last)
    )
      .limit(size)
      .toArray();
    records.push(...chunk);
    if (chunk.length < size) return records;
    last = (chunk[chunk.length - 1] as { id: string }).id;
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The annotation list's worker, apart from the worker's globals so tests can drive it
 * (docs/architecture.md "Views at scale"). It reads every annotation itself, so the page never
 * holds a hundred thousand of them, keeps its copy patched from the page's change feed, and
 * answers each question with a first page (read from the first articles, at once, for the
 * article order), then the whole list's counts and first page; the page asks for the pages it
 * scrolls to.
 */
export class AnnotationListCore {
  private dbName = '';
  private annotations: Map<string, Annotation> | null = null;
  private loading: Promise<void> | null = null;
  /** Set when a change came while reading: the read may predate it, so it is read again. */
  private stale = false;
  private latest: { id: number; query: AnnotationListQuery } | null = null;
  /** The latest question's whole list, once every annotation is read. */
  private result: { id: number; version: number; list: Annotation[] } | null = null;
  private version = 0;
  /** The number of annotations, counted as soon as the database is named (while the page
   * still reads its library), for the first answer; dropped by any change. */
  private counted: Promise<number> | null = null;

  constructor(
    private readonly post: (reply: ListReply) => void,
    private readonly openDb: (name: string) => GlossDB,
    /** Records per read transaction (tests make it small). */
    private readonly chunk = CHUNK,
  ) {}

  /** Handles one message from the page. */
  handle(request: ListRequest): Promise<void> {
    switch (request.type) {
      case 'open':
        // Nothing is read before the first question: IndexedDB serves one origin's reads in
        // turn, and the first page (a few articles) must not wait behind every annotation.
        this.dbName = request.dbName;
        this.counted = this.withDb((db) => db.annotations.count());
        // A failed count is counted again with the first page.
        this.counted.catch(() => undefined);
        return Promise.resolve();
      case 'query':
        return this.answer(request.id, request.query);
      case 'page':
        this.page(request.id, request.start);
        return Promise.resolve();
      case 'changes':
        return this.changed(request.change);
    }
  }

  /** Opens the database for one read and closes it after, so it never holds up another tab. */
  private async withDb<T>(read: (db: GlossDB) => Promise<T>): Promise<T> {
    const db = this.openDb(this.dbName);
    try {
      await db.open();
      return await read(db);
    } finally {
      db.close();
    }
  }

  private load(): Promise<void> {
    this.loading ??= (async () => {
      do {
        this.stale = false;
        const records = await this.withDb((db) => readInChunks(db, this.chunk));
        this.annotations = new Map(sound(records).map((a) => [a.id, a]));
      } while (this.stale);
    })().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private answerInFull(): void {
    if (!this.latest || !this.annotations) return;
    const { id, query } = this.latest;
    try {
      const list = listAnnotations([...this.annotations.values()], query);
      const version = ++this.version;
      this.result = { id, version, list };
      this.post({
        type: 'list',
        id,
        version,
        total: this.annotations.size,
        matching: list.length,
        rows: list.slice(0, LIST_PAGE),
      });
    } catch (error) {
      this.post({ type: 'error', id, message: message(error) });
    }
  }

  private async answer(id: number, query: AnnotationListQuery): Promise<void> {
    this.latest = { id, query };
    this.result = null;
    if (this.annotations && !this.loading) return this.answerInFull();
    try {
      const first = await this.withDb(async (db) => {
        const rows = await firstAnnotationPage(
          async (ids) => sound(await db.annotations.where('articleId').anyOf(ids).toArray()),
          query,
        );
        if (!rows) return null;
        const total = await (this.counted ?? db.annotations.count()).catch(() =>
          db.annotations.count(),
        );
        return { rows, total };
      });
      // Only if nothing newer came and the whole list is not here yet.
      if (first && this.latest.id === id && (!this.annotations || this.loading))
        this.post({
          type: 'list',
          id,
          version: ++this.version,
          total: first.total,
          matching: noFilters(query.filters) ? first.total : null,
          rows: first.rows,
        });
      await this.load();
      if (this.latest.id === id) this.answerInFull();
    } catch (error) {
      if (this.latest.id === id) this.post({ type: 'error', id, message: message(error) });
    }
  }

  private page(id: number, start: number): void {
    // A page of an older question, or asked before the whole list is read: the next `list`
    // reply makes the page ask again.
    const result = this.result;
    if (!result || result.id !== id) return;
    this.post({
      type: 'page',
      id,
      version: result.version,
      start,
      rows: result.list.slice(start, start + LIST_PAGE),
    });
  }

  private async changed(change: {
    puts: Annotation[];
    deletes: string[];
    reset: boolean;
  }): Promise<void> {
    this.counted = null;
    if (this.loading) this.stale = true;
    if (change.reset || !this.annotations) {
      try {
        await this.load();
        this.answerInFull();
      } catch {
        // The next question reads again.
      }
      return;
    }
    for (const id of change.deletes) this.annotations.delete(id);
    for (const a of change.puts) this.annotations.set(a.id, a);
    this.answerInFull();
  }
}
