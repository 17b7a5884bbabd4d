import { useLiveQuery } from 'dexie-react-hooks';
import { listArticleTags } from '../db/article-tags';

const none: ReadonlyMap<string, readonly string[]> = new Map();

/** Article id → the tags its passages carry, live; empty while loading or when unreadable. */
export function useArticleTags(): ReadonlyMap<string, readonly string[]> {
  return useLiveQuery(
    () =>
      listArticleTags().catch((error: unknown) => {
        console.error('Gloss: the tags of your passages could not be read', error);
        return none;
      }),
    [],
    none,
  );
}
