import type * as SchemaModule from '../domain/validation/schemas';

/** The record schemas, as loadSchemas() gives them. */
export type RecordSchemas = typeof SchemaModule;
type Schemas = RecordSchemas;

let loaded: Schemas | null = null;
let loading: Promise<Schemas> | null = null;

/**
 * Loads the record schemas (and zod with them). They arrive with the first write rather than
 * with the app, which keeps zod out of the initial JavaScript. Call it before a transaction
 * opens: awaiting a module load inside an IndexedDB transaction would let it commit early.
 */
export async function loadSchemas(): Promise<Schemas> {
  if (loaded) return loaded;
  loading ??= import('../domain/validation/schemas');
  loaded = await loading;
  return loaded;
}

/** The schemas, once loadSchemas() has resolved (synchronous, for use inside transactions). */
export function schemas(): Schemas {
  if (!loaded) throw new Error('Record schemas used before loadSchemas() resolved.');
  return loaded;
}
