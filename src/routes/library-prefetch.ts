import { articlesRepo } from '../db/articles-repo';
import { useAppStore } from '../store';

/**
 * The library opened by its URL: the bundled corpus's manifest and the user's documents are read
 * while the first render runs, not after its effects ask for them. The repository keeps the
 * list it parsed (articles-repo.ts), so the page's own live read finds it ready and only checks
 * that it is still current. `storage` is the database's opening; nothing is read before it
 * settles.
 */
export async function prefetchLibrary(storage: Promise<void>): Promise<void> {
  void useAppStore.getState().loadManifest();
  await storage;
  await articlesRepo.list().catch(() => undefined);
}
