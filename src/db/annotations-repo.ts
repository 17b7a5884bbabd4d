import type { AnchorStatus, Annotation, TextRange } from '../domain/model';
import { getDb, type GlossDB } from './db';
import { loadSchemas, schemas } from './schemas';
import { mapDbError, NotFoundError, ValidationError } from './errors';
import { requestPersistence, type PersistCapableStorage } from './persist';
import { asModel, nextRevision, withoutRevision } from './revision';
import { partitionRecords } from '../domain/validation/sound-records';

/** The sound records of a read, as model objects; damaged ones are set aside (damaged-repo). */
function sound(records: readonly unknown[]): Annotation[] {
  return partitionRecords<Annotation>('annotations', records).sound.map(asModel);
}

/** Fields a user edit may change; id, article and creation time never change. */
export type AnnotationPatch = Partial<
  Omit<Annotation, 'id' | 'articleId' | 'createdAt' | 'updatedAt'>
>;

/** New anchoring results for one annotation, from re-anchoring an article. */
export interface RangeUpdate {
  id: string;
  ranges: TextRange[];
  status: AnchorStatus;
  textHash: string;
}

export interface AnnotationsRepoOptions {
  /** Source of "now" for updatedAt. */
  clock?: () => Date;
  /** Where to ask for persistent storage; defaults to navigator.storage. */
  storage?: PersistCapableStorage;
}

function validate(record: unknown): Annotation {
  // The revision is storage bookkeeping, not part of the model the strict schema checks.
  const bare = record && typeof record === 'object' ? withoutRevision(record) : record;
  const result = schemas().AnnotationSchema.safeParse(bare);
  if (!result.success) throw ValidationError.fromZod('annotation', result.error);
  return result.data;
}

function firstStart(annotation: Annotation): number {
  return Math.min(...annotation.ranges.map((range) => range.start));
}

function byPosition(a: Annotation, b: Annotation): number {
  return (
    firstStart(a) - firstStart(b) ||
    (a.ranges[0]?.end ?? 0) - (b.ranges[0]?.end ?? 0) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

async function run<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw mapDbError(error);
  }
}

/**
 * Reads and writes annotations. Every write is validated first and runs in one
 * transaction; failures arrive as ValidationError, NotFoundError or QuotaError.
 */
export function createAnnotationsRepo(database?: GlossDB, options: AnnotationsRepoOptions = {}) {
  const dbOf = (): GlossDB => database ?? getDb();
  const now = (): Date => (options.clock ?? (() => new Date()))();
  let persistenceAsked = false;

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
      await loadSchemas();
      const record = validate(annotation);
      const stored = nextRevision(record, null);
      await run(() =>
        dbOf().transaction('rw', dbOf().annotations, dbOf().tags, async () => {
          await requireTags(record.tagIds);
          if (await dbOf().annotations.get(record.id)) {
            throw new ValidationError('annotation', 'id', 'is already used by another annotation');
          }
          await dbOf().annotations.add(stored);
        }),
      );
      askForPersistenceOnce();
      return asModel(stored);
    },

    /** Applies a user edit and sets updatedAt. @throws NotFoundError, ValidationError */
    async update(id: string, patch: AnnotationPatch): Promise<Annotation> {
      await loadSchemas();
      return run(() =>
        dbOf().transaction('rw', dbOf().annotations, dbOf().tags, async () => {
          const current = await dbOf().annotations.get(id);
          if (!current) throw new NotFoundError('annotation', id);
          const next = validate({
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
        }),
      );
    },

    /** Deletes an annotation. @returns the deleted record, for undo */
    remove(id: string): Promise<Annotation> {
      return run(() =>
        dbOf().transaction('rw', dbOf().annotations, async () => {
          const current = await dbOf().annotations.get(id);
          if (!current) throw new NotFoundError('annotation', id);
          await dbOf().annotations.delete(id);
          return asModel(current);
        }),
      );
    },

    /** Puts a deleted annotation back (undo). Tags deleted in the meantime are left off. */
    async restore(annotation: Annotation): Promise<Annotation> {
      await loadSchemas();
      const record = validate(annotation);
      return run(() =>
        dbOf().transaction('rw', dbOf().annotations, dbOf().tags, async () => {
          const missing = new Set(await missingTagIds(record.tagIds));
          const current = await dbOf().annotations.get(record.id);
          const restored = nextRevision(
            { ...record, tagIds: record.tagIds.filter((tagId) => !missing.has(tagId)) },
            current,
          );
          await dbOf().annotations.put(restored);
          return asModel(restored);
        }),
      );
    },

    get(id: string): Promise<Annotation | undefined> {
      return run(async () => {
        const stored = await dbOf().annotations.get(id);
        return stored ? sound([stored])[0] : undefined;
      });
    },

    /** An article's annotations in reading order (by where their first range starts). */
    listByArticle(articleId: string): Promise<Annotation[]> {
      return run(async () =>
        sound(await dbOf().annotations.where('articleId').equals(articleId).toArray()).sort(
          byPosition,
        ),
      );
    },

    /** Annotations carrying a tag, in no particular order. */
    listByTag(tagId: string): Promise<Annotation[]> {
      return run(async () =>
        sound(await dbOf().annotations.where('tagIds').equals(tagId).toArray()),
      );
    },

    listAll(): Promise<Annotation[]> {
      return run(async () => sound(await dbOf().annotations.toArray()));
    },

    /** Number of annotations per article id; articles without any are absent. */
    countByArticle(): Promise<Record<string, number>> {
      return run(async () => {
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
     * Stores re-anchoring results for many annotations in one transaction: all
     * or nothing. updatedAt is left alone, since the user changed nothing.
     * @throws NotFoundError, ValidationError (and nothing is written)
     */
    async bulkUpdateRanges(updates: readonly RangeUpdate[]): Promise<void> {
      await loadSchemas();
      return run(() =>
        dbOf().transaction('rw', dbOf().annotations, async () => {
          const currents = await dbOf().annotations.bulkGet(updates.map((update) => update.id));
          const nexts = updates.map((update, index) => {
            const current = currents[index];
            if (!current) throw new NotFoundError('annotation', update.id);
            const { ranges, status, textHash } = update;
            return nextRevision(validate({ ...current, ranges, status, textHash }), current);
          });
          await dbOf().annotations.bulkPut(nexts);
        }),
      );
    },
  };
}

export type AnnotationsRepo = ReturnType<typeof createAnnotationsRepo>;

/** The repo over the app-wide database. */
export const annotationsRepo: AnnotationsRepo = createAnnotationsRepo();
