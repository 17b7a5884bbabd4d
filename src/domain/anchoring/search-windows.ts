/** Radius of the first window searched around a position. */
const FIRST_RADIUS = 2048;
/** Each further window is this many times wider, until it covers the text. */
const GROWTH = 8;

/**
 * Windows [low, high] of possible start positions, centred on `origin` and
 * growing geometrically until the last one covers [0, lastStart]. Searching
 * them in turn finds nearby text quickly and distant text at a total cost
 * close to one full scan.
 */
export function* windowsAround(
  origin: number,
  lastStart: number,
): Generator<[low: number, high: number]> {
  const centre = Math.min(Math.max(origin, 0), lastStart);
  for (let radius = FIRST_RADIUS; ; radius *= GROWTH) {
    const low = Math.max(0, centre - radius);
    const high = Math.min(lastStart, centre + radius);
    yield [low, high];
    if (low === 0 && high === lastStart) return;
  }
}

/**
 * Start offsets of `needle` in `text` that lie in [low, high]. Searching a
 * slice bounds the work to the window, where text.indexOf would run on to the
 * end of the text looking for the next occurrence.
 */
export function occurrencesIn(text: string, needle: string, low: number, high: number): number[] {
  const window = text.slice(low, Math.min(text.length, high + needle.length));
  const starts: number[] = [];
  for (let at = window.indexOf(needle); at !== -1; at = window.indexOf(needle, at + 1)) {
    starts.push(low + at);
  }
  return starts;
}

/** The start of the occurrence of `needle` nearest to `origin`, or null. */
export function nearestOccurrence(text: string, needle: string, origin: number): number | null {
  if (needle.length === 0 || needle.length > text.length) return null;
  for (const [low, high] of windowsAround(origin, text.length - needle.length)) {
    let nearest: number | null = null;
    for (const start of occurrencesIn(text, needle, low, high)) {
      if (nearest === null || Math.abs(start - origin) < Math.abs(nearest - origin))
        nearest = start;
    }
    // Anything outside this window is further away than everything inside it.
    if (nearest !== null) return nearest;
  }
  return null;
}
