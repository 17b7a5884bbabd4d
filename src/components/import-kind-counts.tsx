import type { ImportPlan } from '../domain/formats/plan-types';

interface Props {
  plan: ImportPlan;
  kind: 'sets' | 'overrides';
  label: string;
  withRemovals: boolean;
}

/**
 * One kind's share of the preview's counts ("Sets: 2 to add, 1 to change"), so a backup's
 * named sets and edited details are seen before Merge or Replace; nothing when it has none.
 */
export function KindCounts({ plan, kind, label, withRemovals }: Props) {
  const add = plan.add[kind].length;
  const change = plan.change[kind].length;
  const remove = withRemovals ? plan.remove[kind].length : 0;
  if (add + change + remove === 0) return null;
  const parts = [`${add} to add`, `${change} to change`];
  if (withRemovals) parts.push(`${remove} to remove`);
  return <li>{`${label}: ${parts.join(', ')}`}</li>;
}
