import type { Table } from 'dexie';
import type { z } from '../domain/validation/zod';
import type { GlossDB } from './db';
import { mapDbError, ValidationError } from './errors';
import { loadSchemas, type RecordSchemas } from './record-schemas';

/**
 * Runs a database operation and turns whatever it throws into the app's error types
 * (ValidationError, NotFoundError, QuotaError, …). `mapError` replaces {@link mapDbError}
 * where a repo knows more, e.g. that a unique index caught a duplicate name.
 */
export async function guarded<T>(
  operation: () => Promise<T>,
  mapError: (error: unknown) => Error = mapDbError,
): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw mapError(error);
  }
}

/**
 * Checks a record against a record schema and returns what the schema made of it.
 * Synchronous, so it can run inside a transaction once the schemas are loaded.
 * @throws ValidationError naming `entity` and the first bad field
 */
export function checked<T>(entity: string, schema: z.ZodType<T>, record: unknown): T {
  const result = schema.safeParse(record);
  if (!result.success) throw ValidationError.fromZod(entity, result.error);
  return result.data;
}

/** Where a {@link writeInTransaction} body runs. */
export interface WriteOptions {
  /** The tables the transaction covers. */
  tables: readonly Table[];
  /** Replaces mapDbError for what the body throws. */
  mapError?: (error: unknown) => Error;
}

/**
 * The write path the repos share: load the record schemas first (a module load awaited inside
 * an IndexedDB transaction would let it commit early), then run `body` in one read-write
 * transaction, so that a throw anywhere in it writes nothing, and map the errors.
 * `body` gets the loaded schemas for synchronous validation.
 */
export async function writeInTransaction<T>(
  database: GlossDB,
  { tables, mapError }: WriteOptions,
  body: (schemas: RecordSchemas) => Promise<T>,
): Promise<T> {
  const schemas = await loadSchemas();
  return guarded(
    // An async scope function: Dexie then keeps the transaction across native awaits.
    () => database.transaction('rw', [...tables], async () => body(schemas)),
    mapError,
  );
}
