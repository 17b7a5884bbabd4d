import { describeRange } from '../anchoring';
import { CONSENSUS_CODER_ID } from '../coders/coder';
import { stableUuid } from '../formats/stable-id';
import type { Annotation } from '../model';
import type { AdjudicationItem, Agreement } from './items';

/** What the adjudicator decided for one item. */
export type Decision =
  | { kind: 'a' | 'b' | 'both' | 'neither' }
  | { kind: 'edit'; start: number; end: number; tagIds: string[] };

/** The consensus copy of a coder's annotation: a stable id, so re-deciding replaces it. */
export function consensusCopy(source: Annotation, now: string): Annotation {
  return {
    ...source,
    id: stableUuid(`consensus:${source.id}`),
    coderId: CONSENSUS_CODER_ID,
    ranges: source.ranges.map((r) => ({ ...r })),
    tagIds: [...source.tagIds],
    updatedAt: now,
  };
}

/** Every consensus id an item's decisions can write: cleared before a new decision. */
export function consensusIdsOf(item: AdjudicationItem): string[] {
  return [
    ...(item.a ? [stableUuid(`consensus:${item.a.id}`)] : []),
    ...(item.b ? [stableUuid(`consensus:${item.b.id}`)] : []),
    stableUuid(`consensus-edit:${item.key}`),
  ];
}

/**
 * The consensus annotations a decision produces: A's, B's, both, none, or an edited passage
 * (its span and tags chosen by the adjudicator, in the article's text).
 * @throws Error when an edited span is empty or outside the text
 */
export function consensusFor(
  item: AdjudicationItem,
  decision: Decision,
  text: string,
  textHash: string,
  now: string,
): Annotation[] {
  switch (decision.kind) {
    case 'a':
      return item.a ? [consensusCopy(item.a, now)] : [];
    case 'b':
      return item.b ? [consensusCopy(item.b, now)] : [];
    case 'both':
      return [item.a, item.b].flatMap((x) => (x ? [consensusCopy(x, now)] : []));
    case 'neither':
      return [];
    case 'edit': {
      const { start, end } = decision;
      if (!(
        Number.isInteger(start) &&
        Number.isInteger(end) &&
        0 <= start &&
        start < end &&
        end <= text.length
      ))
        throw new Error(
          `The passage must run from 0 to ${text.length}, with its start before its end.`,
        );
      const base = (item.a ?? item.b)!;
      return [
        {
          ...base,
          id: stableUuid(`consensus-edit:${item.key}`),
          coderId: CONSENSUS_CODER_ID,
          textHash,
          ranges: [describeRange(text, start, end)],
          tagIds: [...new Set(decision.tagIds)],
          status: 'exact',
          createdAt: now,
          updatedAt: now,
        },
      ];
    }
  }
}

/** The consensus copies of passages both coders coded alike. */
export function agreedConsensus(agreements: readonly Agreement[], now: string): Annotation[] {
  return agreements.map(({ a }) => consensusCopy(a, now));
}
