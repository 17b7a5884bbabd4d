import type { Coder } from './coder';

/** A row of a list grouped by coder: a coder's heading (with their count) or one item. */
export type CoderGroupRow<T> =
  | { kind: 'heading'; key: string; coderId: string; name: string; count: number }
  | { kind: 'item'; key: string; item: T };

/**
 * Groups items (already in text order) by their coder, in the coders' own order (unknown coders
 * last, by id), each group led by a heading row with its count; within a group the items keep
 * their order. Heading keys start with "coder:" so they never meet an item's key.
 */
export function groupRowsByCoder<T>(
  items: readonly T[],
  coderIdOf: (item: T) => string,
  keyOf: (item: T) => string,
  coders: readonly Coder[],
): CoderGroupRow<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const id = coderIdOf(item);
    let group = groups.get(id);
    if (!group) groups.set(id, (group = []));
    group.push(item);
  }
  const rank = new Map(coders.map((c, i) => [c.id, i]));
  const names = new Map(coders.map((c) => [c.id, c.name]));
  const order = [...groups.keys()].sort(
    (a, b) =>
      (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER) ||
      a.localeCompare(b),
  );
  return order.flatMap((coderId) => {
    const group = groups.get(coderId)!;
    return [
      {
        kind: 'heading' as const,
        key: `coder:${coderId}`,
        coderId,
        name: names.get(coderId) ?? 'Unknown coder',
        count: group.length,
      },
      ...group.map((item) => ({ kind: 'item' as const, key: keyOf(item), item })),
    ];
  });
}
