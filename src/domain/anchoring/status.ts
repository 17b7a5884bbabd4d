import type { AnchorStatus } from '../model';

/** How far each status is from "found where it was stored": the higher, the worse. */
export const ANCHOR_SEVERITY: Readonly<Record<AnchorStatus, number>> = {
  exact: 0,
  moved: 1,
  fuzzy: 2,
  orphan: 3,
};

/**
 * The status of something made of several ranges: the worst of theirs ('orphan' beats
 * 'fuzzy' beats 'moved' beats 'exact'). `ifNone` is the answer when there is no range.
 */
export function worstStatus(
  statuses: Iterable<AnchorStatus>,
  ifNone: AnchorStatus = 'exact',
): AnchorStatus {
  let worst: AnchorStatus | null = null;
  for (const status of statuses) {
    if (worst === null || ANCHOR_SEVERITY[status] > ANCHOR_SEVERITY[worst]) worst = status;
  }
  return worst ?? ifNone;
}

/** What each status is called wherever the UI names it (filters, badges, lists). */
export const ANCHOR_STATUS_LABELS: Readonly<Record<AnchorStatus, string>> = {
  exact: 'Anchored',
  moved: 'Moved',
  fuzzy: 'Approximate',
  orphan: 'Not found',
};
