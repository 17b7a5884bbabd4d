import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { tagsRepo } from '../db';
import { tagsById } from '../domain/codebook/lookup';
import type { Tag } from '../domain/model';

const noTags: Tag[] = [];

/** The codebook, live: every tag sorted by name, and a lookup by id. */
export function useTags() {
  const tags = useLiveQuery(() => tagsRepo.list(), [], undefined);
  const list = tags ?? noTags;
  const byId = useMemo(() => tagsById(list), [list]);
  return { tags: list, byId, loading: tags === undefined };
}

/** How many annotations use each tag, live. */
export function useTagUsage(): Map<string, number> {
  return useLiveQuery(() => tagsRepo.usageCounts(), [], new Map<string, number>());
}
