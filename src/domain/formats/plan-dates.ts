/** How far ahead of this device's clock a date may be and still count as now (clock skew). */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** True when an ISO date-time lies in the future of `now` (beyond a little clock skew). */
export function isFutureDate(iso: string, now: Date): boolean {
  return Date.parse(iso) > now.getTime() + FUTURE_TOLERANCE_MS;
}

/**
 * "Newer wins", without trusting the file's clock: a date in the future never wins, since it
 * would then beat every later edit made here ("9999-12-31" wins forever).
 */
export function incomingWins(incoming: string, local: string, now: Date): boolean {
  return !isFutureDate(incoming, now) && Date.parse(incoming) > Date.parse(local);
}
