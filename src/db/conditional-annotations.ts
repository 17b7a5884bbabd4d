import type { Annotation } from '../domain/model';
import type { AnnotationPatch } from './annotations-repo';
import { getDb, type GlossDB } from './db';
import { mapDbError, ValidationError } from './errors';
import { loadSchemas, schemas } from './record-schemas';
import { asModel, nextRevision, revisionOf, withoutRevision, type WithRevision } from './revision';

/** What a write was based on: the record as this tab last saw it, and its revision. */
export interface WriteBase {
  annotation: Annotation;
  revision: number;
}

/** The fields two tabs can both edit, compared one by one when their bases differ. */
export type MergeableField = keyof AnnotationPatch;

/** The outcome of a write made from a base that may be stale. */
export type ConditionalWrite =
  /** The record was still the base: written as asked. */
  | { status: 'applied'; annotation: Annotation; revision: number }
  /** Another write came in between on other fields: both kept, written. */
  | { status: 'merged'; annotation: Annotation; revision: number; theirs: MergeableField[] }
  /**
   * Another write changed the same field(s) differently: nothing was written. `theirs` is the
   * record as it is now, `mine` what this tab would have written; the user chooses.
   */
  | {
      status: 'conflict';
      fields: MergeableField[];
      mine: Annotation;
      theirs: Annotation;
      revision: number;
    }
  /** The record is gone (deleted in another tab, or the database was cleared). */
  | { status: 'missing' };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function validate(record: unknown): Annotation {
  const result = schemas().AnnotationSchema.safeParse(record);
  if (!result.success) throw ValidationError.fromZod('annotation', result.error);
  return result.data;
}

/**
 * Three-way merge of a patch: a field this tab changed wins when the other side left it as the
 * base had it (or made the same change); a field both changed differently is a conflict.
 */
export function mergePatch(
  base: Annotation,
  theirs: Annotation,
  patch: AnnotationPatch,
): { merged: AnnotationPatch; conflicts: MergeableField[]; theirChanges: MergeableField[] } {
  const merged: AnnotationPatch = {};
  const conflicts: MergeableField[] = [];
  const theirChanges: MergeableField[] = [];
  for (const field of Object.keys(patch) as MergeableField[]) {
    const mine = patch[field];
    const theirsValue = theirs[field];
    if (same(theirsValue, base[field]) || same(theirsValue, mine)) {
      (merged as Record<string, unknown>)[field] = mine;
    } else {
      conflicts.push(field);
    }
  }
  for (const field of ['note', 'tagIds', 'color', 'ranges', 'status', 'textHash'] as const) {
    if (!(field in patch) && !same(theirs[field], base[field])) theirChanges.push(field);
  }
  return { merged, conflicts, theirChanges };
}

/**
 * Writes that say what they were based on. Each checks the stored revision inside its write
 * transaction, so a write from a stale base never overwrites blindly, whichever tab it comes
 * from; undo and redo use the `…If` forms to apply only when the record is still what this tab
 * left.
 */
export function createConditionalAnnotations(database?: GlossDB, clock = () => new Date()) {
  const dbOf = (): GlossDB => database ?? getDb();
  const run = async <T>(operation: () => Promise<T>): Promise<T> => {
    try {
      return await operation();
    } catch (error) {
      throw mapDbError(error);
    }
  };

  async function requireTags(tagIds: readonly string[]): Promise<void> {
    const found = await dbOf().tags.bulkGet([...tagIds]);
    const missing = tagIds.find((_, index) => found[index] === undefined);
    if (missing !== undefined)
      throw new ValidationError('annotation', 'tagIds', `refers to a missing tag (${missing})`);
  }

  return {
    /** The stored record and its revision, or undefined. */
    async getWithRevision(id: string): Promise<WriteBase | undefined> {
      const stored = await run(() => dbOf().annotations.get(id));
      return stored ? { annotation: asModel(stored), revision: revisionOf(stored) } : undefined;
    },

    /**
     * Applies a user edit made on `base`. Same revision: written. Otherwise merged field by
     * field with what is stored; a field both sides changed differently is a conflict and
     * nothing is written. `force` writes the patch over whatever is stored ("keep mine").
     */
    async update(
      id: string,
      base: WriteBase,
      patch: AnnotationPatch,
      options: { force?: boolean } = {},
    ): Promise<ConditionalWrite> {
      await loadSchemas();
      return run(() =>
        dbOf().transaction('rw', dbOf().annotations, dbOf().tags, async () => {
          const stored: WithRevision<Annotation> | undefined = await dbOf().annotations.get(id);
          if (!stored) return { status: 'missing' } as const;
          const current = withoutRevision(stored);
          const revision = revisionOf(stored);
          let toApply = patch;
          let theirs: MergeableField[] = [];
          if (revision !== base.revision && !options.force) {
            const merge = mergePatch(base.annotation, current, patch);
            if (merge.conflicts.length > 0) {
              const mine = validate({ ...current, ...patch, updatedAt: clock().toISOString() });
              return {
                status: 'conflict',
                fields: merge.conflicts,
                mine,
                theirs: current,
                revision,
              } as const;
            }
            toApply = merge.merged;
            theirs = merge.theirChanges;
          }
          const next = validate({
            ...current,
            ...toApply,
            id: current.id,
            articleId: current.articleId,
            createdAt: current.createdAt,
            updatedAt: clock().toISOString(),
          });
          await requireTags(next.tagIds);
          const written = nextRevision(next, stored);
          await dbOf().annotations.put(written);
          const annotation = asModel(written);
          return revision === base.revision || options.force
            ? ({ status: 'applied', annotation, revision: written.revision } as const)
            : ({ status: 'merged', annotation, revision: written.revision, theirs } as const);
        }),
      );
    },

    /**
     * Puts `record` back only if the stored record is still at `expected` (a revision), or
     * absent when `expected` is 'absent' (undoing a delete, redoing a create). Tags deleted in
     * the meantime are left off. @returns whether it applied, and the new revision
     */
    async restoreIf(
      record: Annotation,
      expected: number | 'absent',
    ): Promise<{ applied: boolean; revision: number }> {
      await loadSchemas();
      const bare = validate(withoutRevision(record));
      return run(() =>
        dbOf().transaction('rw', dbOf().annotations, dbOf().tags, async () => {
          const stored = await dbOf().annotations.get(bare.id);
          const still =
            expected === 'absent' ? !stored : !!stored && revisionOf(stored) === expected;
          if (!still) return { applied: false, revision: revisionOf(stored) };
          const tags = await dbOf().tags.bulkGet(bare.tagIds);
          const written = nextRevision(
            { ...bare, tagIds: bare.tagIds.filter((_, i) => tags[i] !== undefined) },
            stored,
          );
          await dbOf().annotations.put(written);
          return { applied: true, revision: written.revision };
        }),
      );
    },

    /** Deletes only if the stored record is still at `expected`. @returns whether it applied */
    async removeIf(id: string, expected: number): Promise<boolean> {
      return run(() =>
        dbOf().transaction('rw', dbOf().annotations, async () => {
          const stored = await dbOf().annotations.get(id);
          if (!stored || revisionOf(stored) !== expected) return false;
          await dbOf().annotations.delete(id);
          return true;
        }),
      );
    },
  };
}

export type ConditionalAnnotations = ReturnType<typeof createConditionalAnnotations>;

/** Conditional writes over the app-wide database. */
export const conditionalAnnotations: ConditionalAnnotations = createConditionalAnnotations();
