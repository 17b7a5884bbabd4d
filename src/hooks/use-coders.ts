import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { codersRepo } from '../db/coders-repo';
import { LOCAL_CODER_ID, defaultLocalCoder, type Coder } from '../domain/coders/coder';

const fallback: Coder[] = [defaultLocalCoder('1970-01-01T00:00:00.000Z')];

/** Every coder, live (the local one first), the local coder, and a lookup by id. */
export function useCoders() {
  const coders = useLiveQuery(() => codersRepo.list(), [], undefined);
  const list = coders ?? fallback;
  const byId = useMemo(() => new Map(list.map((coder) => [coder.id, coder])), [list]);
  const local = byId.get(LOCAL_CODER_ID) ?? fallback[0]!;
  return { coders: list, byId, local, loading: coders === undefined };
}
