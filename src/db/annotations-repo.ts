import type { ReanchorWrite } from '../domain/anchoring/reanchor-writes';
import type { Annotation } from '../domain/model';
import { getDb, onAppAnnotationChanges, type GlossDB } from './db';
import { NotFoundError, ValidationError } from './errors';
import type { RecordSchemas } from './record-schemas';
import { checked, guarded, writeInTransaction } from './repo-write';
import { requestPersistence, type PersistCapableStorage } from './persist';
import { asModel, nextRevision, revisionOf, withoutRevision } from './revision';
import { partitionRecords } from '../domain/validation/sound-records';
import { byPosition } from '../domain/annotations/order';
import type { AnnotationChangeListener } from './annotation-changes';

/** The sound records of a read, as model objects; damaged ones are set aside (damaged-repo). */
function sound(records: readonly unknown[]): Annotation[] {
  return partitionRecords<Annotation>('annotations', records).sound.map(asModel);
}

/** Fields a user edit may change; id, article and creation time never change. */
export type AnnotationPatch = Partial<
  Omit<Annotation, 'id' | 'articleId' | 'createdAt' | 'updatedAt'>
>;

/** New anchoring results for one annotation, from re-anchoring an article. */
export type RangeUpdate = ReanchorWrite;

export interface AnnotationsRepoOptions {
  /** Source of "now" for updatedAt. */
  clock?: () => Date;
  /** Where to ask for persistent storage; defaults to navigator.storage. */
  storage?: PersistCapableStorage;
}

function validate(schemas: RecordSchemas, record: unknown): Annotation {
  // The revision is storage bookkeeping, not part of the model the strict schema checks.
  const bare = record && typeof record === 'object' ? withoutRevision(record) : record;
  return checked('annotation', schemas.AnnotationSchema, bare);
}

/**
 * Reads and writes annotations. Every write is validated first and runs in one
 * transaction; failures arrive as ValidationError, NotFoundError or QuotaError.
 */
export function createAnnotationsRepo(database?: GlossDB, options: AnnotationsRepoOptions = {}) {
  const dbOf = (): GlossDB => database ?? getDb();
  const now = (): Date => (options.clock ?? (() => new Date()))();
  let persistenceAsked = false;
  const tables = (...names: Array<'annotations' | 'tags'>) => ({
    tables: names.map((name) => dbOf()[name]),
  });

  async function missingTagIds(tagIds: readonly string[]): Promise<string[]> {
    const found = await dbOf().tags.bulkGet([...tagIds]);
    return tagIds.filter((_, index) => found[index] === undefined);
  }

  async function requireTags(tagIds: readonly string[]): Promise<void> {
    const [missing] = await missingTagIds(tagIds);
    if (missing !== undefined)
      throw new ValidationError('annotation', 'tagIds', `refers to a missing tag (${missing})`);
  }

  function askForPersistenceOnce(): void {
    if (persistenceAsked) return;
    persistenceAsked = true;
    // Not awaited: a browser prompt must not hold up the save.
    requestPersistence(dbOf(), options.storage).catch(() => {
      persistenceAsked = false;
    });
  }

  return {
    /** Stores a new annotation. After the first one, asks once for persistent storage. */
    async create(annotation: Annotation): Promise<Annotation> {
      // Announced before the write, so the highlight paints at once: a new record's first
      // revision is known. A failed write is announced as a reset (the reader reads again).
      const changes = dbOf().annotationChanges;
      changes.announce({
        puts: [asModel(nextRevision(annotation, null))],
        deletes: [],
        reset: false,
      });
      const record = await writeInTransaction(
        dbOf(),
        tables('annotations', 'tags'),
        async (schemas) => {
          const valid = validate(schemas, annotation);
          await requireTags(valid.tagIds);
          if (await dbOf().annotations.get(valid.id)) {
            throw new ValidationError('annotation', 'id', 'is already used by another annotation');
          }
          const stored = nextRevision(valid, null);
          await dbOf().annotations.add(stored);
          return stored;
        },
      ).catch((error: unknown) => {
        changes.announce({ puts: [], deletes: [], reset: true });
        throw error;
      });
      askForPersistenceOnce();
      return asModel(record);
    },

    /** Applies a user edit and sets updatedAt. @throws NotFoundError, ValidationError */
    update(id: string, patch: AnnotationPatch): Promise<Annotation> {
      return writeInTransaction(dbOf(), tables('annotations', 'tags'), async (schemas) => {
        const current = await dbOf().annotations.get(id);
        if (!current) throw new NotFoundError('annotation', id);
        const next = validate(schemas, {
          ...current,
          ...patch,
          id: current.id,
          articleId: current.articleId,
          createdAt: current.createdAt,
          updatedAt: now().toISOString(),
        });
        await requireTags(next.tagIds);
        const stored = nextRevision(next, current);
        await dbOf().annotations.put(stored);
        return asModel(stored);
      });
    },

    /** Deletes an annotation. @returns the deleted record, for undo */
    remove(id: string): Promise<Annotation> {
      return writeInTransaction(dbOf(), tables('annotations'), async () => {
        const current = await dbOf().annotations.get(id);
        if (!current) throw new NotFoundError('annotation', id);
        await dbOf().annotations.delete(id);
        return asModel(current);
      });
    },

    /** Puts a deleted annotation back (undo). Tags deleted in the meantime are left off. */
    restore(annotation: Annotation): Promise<Annotation> {
      return writeInTransaction(dbOf(), tables('annotations', 'tags'), async (schemas) => {
        const record = validate(schemas, annotation);
        const missing = new Set(await missingTagIds(record.tagIds));
        const current = await dbOf().annotations.get(record.id);
        const restored = nextRevision(
          { ...record, tagIds: record.tagIds.filter((tagId) => !missing.has(tagId)) },
          current,
        );
        await dbOf().annotations.put(restored);
        return asModel(restored);
      });
    },

    get(id: string): Promise<Annotation | undefined> {
      return guarded(async () => {
        const stored = await dbOf().annotations.get(id);
        return stored ? sound([stored])[0] : undefined;
      });
    },

    /** An article's annotations in reading order (by where their first range starts). */
    listByArticle(articleId: string): Promise<Annotation[]> {
      return guarded(async () =>
        sound(await dbOf().annotations.where('articleId').equals(articleId).toArray()).sort(
          byPosition,
        ),
      );
    },

    /**
     * The same as listByArticle, read in slices of `slice` records so that no one task of the
     * page holds thousands of records (one getAll of 5,000 is a task of over 100 ms: reading
     * them back and checking them). The keys are read first, then each slice by key, checked
     * as it arrives. Not one snapshot: a record deleted meanwhile is left out, one added
     * meanwhile is not read; the reader's change feed, subscribed before the read, brings both.
     */
    listByArticleInSlices(articleId: string, slice = 250): Promise<Annotation[]> {
      return guarded(async () => {
        const table = dbOf().annotations;
        const keys = await table.where('articleId').equals(articleId).primaryKeys();
        const read: Annotation[] = [];
        for (let i = 0; i < keys.length; i += slice) {
          const records = await table.bulkGet(keys.slice(i, i + slice));
          read.push(...sound(records.filter((r) => r !== undefined)));
        }
        return read.sort(byPosition);
      });
    },

    /** Annotations carrying a tag, in no particular order. */
    listByTag(tagId: string): Promise<Annotation[]> {
      return guarded(async () =>
        sound(await dbOf().annotations.where('tagIds').equals(tagId).toArray()),
      );
    },

    listAll(): Promise<Annotation[]> {
      return guarded(async () => sound(await dbOf().annotations.toArray()));
    },

    /** Number of annotations per article id; articles without any are absent. */
    countByArticle(): Promise<Record<string, number>> {
      return guarded(async () => {
        // A null-prototype object: article ids come from users ("__proto__" is a valid id).
        const counts = Object.create(null) as Record<string, number>;
        for (const key of await dbOf().annotations.orderBy('articleId').keys()) {
          const articleId = String(key);
          counts[articleId] = (counts[articleId] ?? 0) + 1;
        }
        return counts;
      });
    },

    /**
     * Subscribes to every committed change of the annotations table, with the records written
     * (annotation-changes), so a view patches its copy instead of reading everything again.
     * @returns a function that unsubscribes
     */
    subscribeChanges(listener: AnnotationChangeListener): () => void {
      return database
        ? database.annotationChanges.subscribe(listener)
        : onAppAnnotationChanges(listener);
    },

    /**
     * Stores re-anchoring results the reader computed from records it read (reanchorWrites),
     * each only while the record is still at the revision it was read at: an edit made
     * meanwhile is never overwritten, and the article is anchored once, not again here.
     * updatedAt is left alone, since the user changed nothing.
     * @param writes each with the revision of the record it was computed from
     * @returns how many annotations were written
     * @throws ValidationError, QuotaError (and nothing is written)
     */
    storeReanchored(writes: readonly { write: RangeUpdate; revision: number }[]): Promise<number> {
      if (writes.length === 0) return Promise.resolve(0);
      return writeInTransaction(dbOf(), tables('annotations'), async (schemas) => {
        const currents = await dbOf().annotations.bulkGet(writes.map(({ write }) => write.id));
        const nexts = writes.flatMap(({ write, revision }, index) => {
          const current = currents[index];
          if (!current || revisionOf(current) !== revision) return [];
          const { ranges, status, textHash } = write;
          return [
            nextRevision(validate(schemas, { ...current, ranges, status, textHash }), current),
          ];
        });
        if (nexts.length > 0) await dbOf().annotations.bulkPut(nexts);
        return nexts.length;
      });
    },
  };
}

export type AnnotationsRepo = ReturnType<typeof createAnnotationsRepo>;

/** The repo over the app-wide database. */
export const annotationsRepo: AnnotationsRepo = createAnnotationsRepo();
