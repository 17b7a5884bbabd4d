import type { AnchorStatus } from '../domain/model';
import type { Transaction } from 'dexie';
import { normalizeTagName, tagNameKey } from '../domain/codebook';

/** A record as an older release may have left it: any field can be missing or odd. */
type OldRecord = Record<string, unknown>;

/** The name a tag gets when an old record has none that can be shown. */
export const UNNAMED_TAG = 'Untitled tag';

function usableName(name: unknown): string {
  return typeof name === 'string' && normalizeTagName(name) !== '' ? name : UNNAMED_TAG;
}

/**
 * Gives every tag without a `nameKey` one, keeping keys unique: the index on
 * nameKey is unique, and records without a key were never checked against it,
 * so two old tags may share a name. The later one is renamed "Name (2)" rather
 * than failing the upgrade or dropping it. Tags that have a key keep it.
 * @returns only the tags that changed, with their new fields
 */
export function backfillTagNameKeys(tags: readonly OldRecord[]): OldRecord[] {
  const taken = new Set(
    tags.map((tag) => tag.nameKey).filter((key): key is string => typeof key === 'string'),
  );
  const changed: OldRecord[] = [];
  for (const tag of tags) {
    if (typeof tag.nameKey === 'string') continue;
    const base = usableName(tag.name);
    let name = base;
    for (let copy = 2; taken.has(tagNameKey(name)); copy += 1)
      name = `${normalizeTagName(base)} (${copy})`;
    const nameKey = tagNameKey(name);
    taken.add(nameKey);
    changed.push({ ...tag, name, nameKey });
  }
  return changed;
}

const KNOWN_STATUSES: readonly AnchorStatus[] = ['exact', 'moved', 'fuzzy', 'orphan'];

/** True when an old annotation has no status the current model knows. */
export function lacksStatus(annotation: OldRecord): boolean {
  return !(KNOWN_STATUSES as readonly unknown[]).includes(annotation.status);
}

/**
 * Upgrade from schema version 1 to 2: backfills `status: 'exact'` on
 * annotations without a (known) status and `nameKey` on tags without one.
 * Runs inside IndexedDB's upgrade transaction: if it throws, the browser
 * rolls back the whole upgrade and the database stays at version 1, intact.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<OldRecord>('annotations')
    .filter(lacksStatus)
    .modify((annotation) => {
      annotation.status = 'exact';
    });
  const tags = tx.table<OldRecord>('tags');
  const changed = backfillTagNameKeys(await tags.toArray());
  if (changed.length > 0) await tags.bulkPut(changed);
}
