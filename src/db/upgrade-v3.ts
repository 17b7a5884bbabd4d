import type { Transaction } from 'dexie';

type OldRecord = Record<string, unknown>;

// Written out rather than imported: an upgrade must keep doing what it did when it shipped,
// whatever later releases call the local coder by default.
const LOCAL_CODER_ID = 'local';
const localCoder = (createdAt: string) => ({
  id: LOCAL_CODER_ID,
  name: 'Coder 1',
  origin: 'local',
  createdAt,
});

/** True when an old annotation belongs to no coder yet. */
export function lacksCoder(annotation: OldRecord): boolean {
  return typeof annotation.coderId !== 'string' || annotation.coderId === '';
}

/**
 * Upgrade from schema version 2 to 3: coders become layers. Creates the local coder (named
 * "Coder 1" until the user names themselves) and gives it every existing annotation, since
 * until now everything on this device was the local user's. Runs inside the upgrade
 * transaction: if it throws, the database stays at version 2, intact.
 * @param now the creation time written on the local coder
 */
export async function upgradeToV3(
  tx: Transaction,
  now: () => Date = () => new Date(),
): Promise<void> {
  const coders = tx.table<OldRecord>('coders');
  if (!(await coders.get(LOCAL_CODER_ID))) await coders.add(localCoder(now().toISOString()));
  await tx
    .table<OldRecord>('annotations')
    .filter(lacksCoder)
    .modify((annotation) => {
      annotation.coderId = LOCAL_CODER_ID;
    });
}
