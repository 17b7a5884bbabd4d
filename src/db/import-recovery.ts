import type { GlossDB } from './gloss-db';

/**
 * At every open: when an import was left half written (a `meta` journal is there), loads the
 * code that undoes it. The common case is one small read, and no extra code on first paint.
 */
export async function recoverImportOnOpen(db: GlossDB): Promise<void> {
  if ((await db.meta.get('import-journal')) === undefined) return;
  const { recoverInterruptedImport } = await import('./import-journal');
  await recoverInterruptedImport(db);
}
