import type { Annotation } from '../model';
import { LOCAL_CODER_ID } from './coder';

/** Which layers the reader shows: mine, one other coder's, all, or only where coders differ. */
export type LayerView =
  | { kind: 'mine' }
  | { kind: 'all' }
  | { kind: 'disagreements' }
  | { kind: 'coder'; coderId: string };

function signature(a: Annotation): string {
  const ranges = a.ranges.map((r) => `${r.start}-${r.end}`).join(',');
  return `${ranges}|${[...a.tagIds].sort().join(',')}`;
}

/**
 * The annotations of one article a layer view shows. "Disagreements only" keeps every
 * annotation that some other coder of the article (one with annotations on it) does not have
 * with the same ranges and the same tags.
 */
export function visibleAnnotations(
  annotations: readonly Annotation[],
  view: LayerView,
): Annotation[] {
  switch (view.kind) {
    case 'mine':
      return annotations.filter((a) => a.coderId === LOCAL_CODER_ID);
    case 'all':
      return [...annotations];
    case 'coder':
      return annotations.filter((a) => a.coderId === view.coderId);
    case 'disagreements': {
      const byCoder = new Map<string, Set<string>>();
      for (const a of annotations) {
        let set = byCoder.get(a.coderId);
        if (!set) byCoder.set(a.coderId, (set = new Set()));
        set.add(signature(a));
      }
      return annotations.filter((a) => {
        const sig = signature(a);
        return [...byCoder].some(([coderId, set]) => coderId !== a.coderId && !set.has(sig));
      });
    }
  }
}
