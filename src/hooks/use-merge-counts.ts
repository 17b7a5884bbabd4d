import { useLiveQuery } from 'dexie-react-hooks';
import { tagsRepo } from '../db';
import type { MergeCounts } from '../db/tags-repo';

/**
 * What merging `sourceId` into `targetId` would do to the counts, live;
 * undefined while counting or when no other tag is chosen.
 */
export function useMergeCounts(sourceId: string, targetId: string): MergeCounts | undefined {
  const result = useLiveQuery(async () => {
    if (targetId === '' || targetId === sourceId) return null;
    // A tag deleted meanwhile has no counts; the dialog then shows none.
    const counts = await tagsRepo.mergeCounts(sourceId, targetId).catch(() => undefined);
    return { sourceId, targetId, counts };
  }, [sourceId, targetId]);
  // The previous pair's counts linger until the new query answers: never show them.
  if (!result || result.sourceId !== sourceId || result.targetId !== targetId) return undefined;
  return result.counts;
}
