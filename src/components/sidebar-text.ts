import { ANCHOR_STATUS_LABELS } from '../domain/anchoring/status';

/** The badge of each anchoring status in the sidebar; an exact highlight needs none. */
export const sidebarBadges = {
  ...ANCHOR_STATUS_LABELS,
  exact: null,
  fuzzy: `${ANCHOR_STATUS_LABELS.fuzzy} — confirm`,
};

/** The text on one line, cut to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
