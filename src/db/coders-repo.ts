import type { z } from '../domain/validation/zod';
import {
  LOCAL_CODER_ID,
  coderNameKey,
  coderNameProblem,
  consensusCoder,
  defaultLocalCoder,
  normalizeCoderName,
  sortCoders,
  CONSENSUS_CODER_ID,
  type Coder,
} from '../domain/coders/coder';
import type { Annotation, Tag } from '../domain/model';
import { getDb, type GlossDB } from './db';
import { NotFoundError, ValidationError } from './errors';
import { loadSchemas, schemas } from './record-schemas';
import { checked, guarded } from './repo-write';
import { asModel, nextRevision } from './revision';

/** One coder's layer as an import writes it: the coder, new codebook tags and its annotations. */
export interface CoderLayerWrite {
  coder: Coder;
  /** Tags the codebook lacks (matched by name), added before the annotations that use them. */
  newTags: Tag[];
  annotations: Annotation[];
}

export interface CodersRepoOptions {
  clock?: () => Date;
}

const run = <T>(operation: () => Promise<T>): Promise<T> => guarded(operation);

function validateAll<T>(entity: string, schema: z.ZodType<T>, records: readonly T[]): void {
  records.forEach((record, index) => checked(`${entity} ${index}`, schema, record));
}

/**
 * Reads and writes coders, the layers annotations belong to. The local coder always exists
 * (a database that lacks the record reads it as "Coder 1"); names are unique case-insensitively
 * so that a colleague's second file finds their layer again.
 */
export function createCodersRepo(database?: GlossDB, options: CodersRepoOptions = {}) {
  const dbOf = (): GlossDB => database ?? getDb();
  const now = (): string => (options.clock ?? (() => new Date()))().toISOString();

  async function listInside(): Promise<Coder[]> {
    const stored = await dbOf().coders.toArray();
    const withLocal = stored.some((c) => c.id === LOCAL_CODER_ID)
      ? stored
      : [defaultLocalCoder('1970-01-01T00:00:00.000Z'), ...stored];
    return sortCoders(withLocal);
  }

  function requireFreeName(coders: readonly Coder[], name: string, except: string | null): void {
    const clash = coders.find(
      (c) => c.id !== except && coderNameKey(c.name) === coderNameKey(name),
    );
    if (clash) throw new ValidationError('coder', 'name', `is already used by another coder`);
  }

  return {
    /** Every coder: the local one first, imported ones by name, the consensus last. */
    list(): Promise<Coder[]> {
      return run(() => dbOf().transaction('r', dbOf().coders, listInside));
    },

    /** Renames a coder. @throws ValidationError for an empty, too long or taken name */
    async rename(id: string, name: string): Promise<Coder> {
      await loadSchemas();
      const problem = coderNameProblem(name);
      if (problem)
        throw new ValidationError('coder', 'name', problem.replace(/^The coder name /, ''));
      return run(() =>
        dbOf().transaction('rw', dbOf().coders, async () => {
          const coders = await listInside();
          const current = coders.find((c) => c.id === id);
          if (!current) throw new NotFoundError('coder', id);
          const next = { ...current, name: normalizeCoderName(name) };
          requireFreeName(coders, next.name, id);
          const record = checked('coder', schemas().CoderSchema, next);
          await dbOf().coders.put(record);
          return record;
        }),
      );
    },

    /**
     * Sets the colour a coder's highlights are painted in (the local coder's record is created
     * if the database lacks it). @throws ValidationError for a colour that is not #rrggbb
     */
    async setColor(id: string, color: string): Promise<Coder> {
      await loadSchemas();
      return run(() =>
        dbOf().transaction('rw', dbOf().coders, async () => {
          const current = (await listInside()).find((c) => c.id === id);
          if (!current) throw new NotFoundError('coder', id);
          const record = checked('coder', schemas().CoderSchema, {
            ...current,
            color: color.toLowerCase(),
          });
          await dbOf().coders.put(record);
          return record;
        }),
      );
    },

    /**
     * Writes an imported coder's layer in one transaction: the coder, the codebook's new tags,
     * and the annotations, which replace whatever that coder's layer held before. Other
     * layers are never touched. @throws ValidationError, QuotaError (nothing is written)
     */
    async writeLayer(layer: CoderLayerWrite): Promise<void> {
      const { AnnotationSchema, CoderSchema, TagSchema } = await loadSchemas();
      validateAll('coder', CoderSchema, [layer.coder]);
      validateAll('tag', TagSchema, layer.newTags);
      validateAll('annotation', AnnotationSchema, layer.annotations);
      const foreign = layer.annotations.findIndex((a) => a.coderId !== layer.coder.id);
      if (foreign !== -1)
        throw new ValidationError(`annotation ${foreign}`, 'coderId', 'is not the layer’s coder');
      const db = dbOf();
      await run(() =>
        db.transaction('rw', [db.coders, db.tags, db.annotations], async () => {
          const coders = await listInside();
          requireFreeName(coders, layer.coder.name, layer.coder.id);
          await db.coders.put(layer.coder);
          await db.tags.bulkAdd(layer.newTags);
          const before = await db.annotations.bulkGet(layer.annotations.map((a) => a.id));
          await db.annotations.where('coderId').equals(layer.coder.id).delete();
          // Rewritten records move on a revision, so a tab holding the old one sees the change.
          await db.annotations.bulkPut(layer.annotations.map((a, i) => nextRevision(a, before[i])));
        }),
      );
    },

    /** Deletes an imported coder and its whole layer (the local coder cannot be removed). */
    async remove(id: string): Promise<void> {
      if (id === LOCAL_CODER_ID)
        throw new ValidationError('coder', 'id', 'the local coder cannot be removed');
      const db = dbOf();
      await run(() =>
        db.transaction('rw', [db.coders, db.annotations], async () => {
          await db.annotations.where('coderId').equals(id).delete();
          await db.coders.delete(id);
        }),
      );
    },

    /** Creates the consensus coder when it does not exist yet. @returns it */
    ensureConsensus(): Promise<Coder> {
      return run(() =>
        dbOf().transaction('rw', dbOf().coders, async () => {
          const existing = await dbOf().coders.get(CONSENSUS_CODER_ID);
          if (existing) return existing;
          const coder = consensusCoder(now());
          await dbOf().coders.add(coder);
          return coder;
        }),
      );
    },

    /** One coder's annotations (a layer), in no particular order. */
    layer(coderId: string): Promise<Annotation[]> {
      return run(async () =>
        (await dbOf().annotations.where('coderId').equals(coderId).toArray()).map(asModel),
      );
    },
  };
}

export type CodersRepo = ReturnType<typeof createCodersRepo>;
export const codersRepo: CodersRepo = createCodersRepo();
