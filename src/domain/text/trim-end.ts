/**
 * The text without the run of trailing code points that `drop` accepts. A backward scan, so
 * its cost is the length of that run: the regular-expression form (`/[…]+$/`) retries the run
 * from every position inside it and takes time that grows with the square of the run.
 */
export function trimEndWhere(text: string, drop: (codePoint: string) => boolean): string {
  let end = text.length;
  while (end > 0) {
    const low = text.charCodeAt(end - 1);
    const pairStart =
      end >= 2 && low >= 0xdc00 && low <= 0xdfff && isHigh(text.charCodeAt(end - 2));
    const start = pairStart ? end - 2 : end - 1;
    if (!drop(text.slice(start, end))) break;
    end = start;
  }
  return text.slice(0, end);
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Where the run of code points that `keep` accepts ends when read backwards from `end`: the
 * start index of the trailing run of `text.slice(0, end)`.
 */
export function runStartBefore(
  text: string,
  end: number,
  keep: (codePoint: string) => boolean,
): number {
  let start = end;
  while (start > 0) {
    const low = text.charCodeAt(start - 1);
    const pair = start >= 2 && low >= 0xdc00 && low <= 0xdfff && isHigh(text.charCodeAt(start - 2));
    const from = pair ? start - 2 : start - 1;
    if (!keep(text.slice(from, start))) break;
    start = from;
  }
  return start;
}
