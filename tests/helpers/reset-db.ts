import { getDb } from '../../src/db';

/**
 * Empties the app-wide database between component tests: deletes it and opens
 * it again at the latest schema, so each test starts with no tags or annotations.
 */
export async function resetDb(): Promise<void> {
  const database = getDb();
  await database.delete({ disableAutoOpen: false });
  await database.open();
}
