import type { AdjudicationItem } from '../domain/adjudication';

/** The decisions with their labels and keys; A and B need their side present. */
export const DECISIONS: readonly {
  kind: 'a' | 'b' | 'both' | 'neither';
  label: string;
  keys: string;
  needs?: 'a' | 'b';
}[] = [
  { kind: 'a', label: 'Accept A', keys: '1', needs: 'a' },
  { kind: 'b', label: 'Accept B', keys: '2', needs: 'b' },
  { kind: 'both', label: 'Accept both', keys: '3' },
  { kind: 'neither', label: 'Neither', keys: '0' },
];

/** The decision a key press makes on this item, if any. */
export function decisionForKey(key: string, item: AdjudicationItem) {
  const decision = DECISIONS.find((d) => d.keys === key);
  return decision && (decision.needs === undefined || item[decision.needs]) ? decision : undefined;
}
