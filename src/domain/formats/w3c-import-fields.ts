import { z } from '../validation/zod';
import { own } from './json';
import type { DerivedIds } from './stable-id';

/** Thrown while reading one annotation: it is skipped with this message as the reason. */
export class Skip extends Error {}

const DateTimeWithZone = z.iso.datetime({ offset: true });
const URN_UUID =
  /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/i;

/**
 * Reads `created` or `modified` as ISO 8601 in UTC with Z. Other tools may
 * write an offset (+02:00); a date without a time zone, or an impossible one
 * (February 30), is refused.
 * @throws Skip when the value is present but not such a date-time.
 */
export function readDate(item: Record<string, unknown>, field: string, fallback: string): string {
  const value = own(item, field);
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !DateTimeWithZone.safeParse(value).success) {
    throw new Skip(`\`${field}\` must be a date-time with a time zone, like 2025-01-31T09:30:00Z`);
  }
  return new Date(value).toISOString();
}

/**
 * The Gloss id of an annotation: the uuid of a `urn:uuid:` IRI (Gloss's own
 * exports), else a uuid derived from the foreign IRI, or for an annotation
 * without id from its position and target, so re-imports meet the same ids.
 * @throws Skip when `id` is present but not a non-empty string.
 */
export function readId(item: Record<string, unknown>, index: number, ids: DerivedIds): string {
  const id = own(item, 'id');
  if (id === undefined) return ids.of(`w3c:#${index}:${JSON.stringify(own(item, 'target'))}`);
  if (typeof id !== 'string' || id === '') throw new Skip('`id` must be an IRI');
  return URN_UUID.exec(id)?.[1]?.toLowerCase() ?? ids.of(`w3c:${id}`);
}
