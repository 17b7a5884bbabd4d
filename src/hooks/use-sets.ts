import { useLiveQuery } from 'dexie-react-hooks';
import { setsRepo } from '../db/sets-repo';
import type { ArticleSet } from '../domain/model';

/** Every set of articles, by name, live; undefined while loading. */
export function useSets(): ArticleSet[] | undefined {
  return useLiveQuery(
    () =>
      setsRepo.list().catch((error: unknown) => {
        console.error('Gloss: your sets could not be read', error);
        return [];
      }),
    [],
  );
}
