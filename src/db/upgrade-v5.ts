import type { Transaction } from 'dexie';

/**
 * Upgrade from schema version 4 to 5: the new `library` table starts with a generation stamp
 * and no snapshot, so the first read after the upgrade reads the documents' records and writes
 * the first snapshot (library-snapshot.ts). No existing record changes.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  await tx.table('library').put({
    key: 'generation',
    value: `v5-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
  });
}
