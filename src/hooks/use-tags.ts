import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import { tagsRepo } from '../db';
import { tagsById } from '../domain/codebook/lookup';
import type { Tag } from '../domain/model';

const noTags: Tag[] = [];

/** Whether two tags are the same in every field. */
function sameTag(a: Tag, b: Tag): boolean {
  const keys = Object.keys(a) as (keyof Tag)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * The codebook, live: every tag sorted by name, and a lookup by id. A read that finds the same
 * tags keeps the previous list, so what is memoised on the codebook (every highlight's paint,
 * every sidebar item) does not re-render when the query runs again after an unrelated write.
 */
export function useTags() {
  const read = useLiveQuery(() => tagsRepo.list(), [], undefined);
  const previous = useRef<Tag[]>(noTags);
  const candidate = read ?? noTags;
  const before = previous.current;
  const list =
    candidate.length === before.length && candidate.every((t, i) => sameTag(t, before[i]!))
      ? before
      : candidate;
  previous.current = list;
  const byId = useMemo(() => tagsById(list), [list]);
  return { tags: list, byId, loading: read === undefined };
}

/** How many annotations use each tag, live. */
export function useTagUsage(): Map<string, number> {
  return useLiveQuery(() => tagsRepo.usageCounts(), [], new Map<string, number>());
}
