import type { MetadataOverride } from '../domain/model';
import { getDb } from './db';
import { guarded } from './repo-write';

/**
 * Every metadata override, for laying over the manifest. Apart from details-repo (the writes),
 * which loads only when details are edited: the library reads this on its first screen.
 */
export function listOverrides(): Promise<MetadataOverride[]> {
  return guarded(() => getDb().overrides.toArray());
}
