import { COMPARE_COLUMNS_PER_PAGE } from '../../domain/compare/compare-view';
import { startCompareWorker, type CompareViewClient } from './client';

/*
 * Compare opened by its address (docs/architecture.md "Views at scale"): the worker starts, and
 * is asked the address's question, while the app's code loads and storage opens, so the first
 * page is read while the page reads its library, not after. The page's hook takes the worker
 * over (takeEarlyCompare) with the answers it already has.
 */

let early: CompareViewClient | null = null;

/**
 * Starts the Compare worker for the address's search part (`?tag=…&coder=…&set=…`), once
 * `storage` has opened (so the database is at its current version). Nothing starts without a tag.
 */
export function startEarlyCompare(search: string, dbName: string, storage: Promise<void>): void {
  const params = new URLSearchParams(search);
  const tagIds = params.getAll('tag');
  if (tagIds.length === 0 || typeof Worker === 'undefined') return;
  const client = startCompareWorker(dbName, () => undefined);
  early = client;
  void storage.then(() => {
    if (early !== client) return;
    client.askEarly({
      tagIds,
      coderIds: params.getAll('coder'),
      setId: params.get('set') || null,
      columns: COMPARE_COLUMNS_PER_PAGE,
    });
  });
}

/**
 * The worker started for the address, if one was and it reads `dbName`; it is handed over once.
 * A worker for another database (storage fell back to memory) is stopped.
 */
export function takeEarlyCompare(dbName: string | null): CompareViewClient | null {
  const client = early;
  early = null;
  if (client && client.dbName !== dbName) {
    client.close();
    return null;
  }
  return client;
}
