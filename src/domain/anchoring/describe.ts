import type { TextRange } from '../model';
import { splitsSurrogatePair } from '../text/surrogates';

/** How many UTF-16 code units of context `prefix` and `suffix` keep at most. */
export const CONTEXT_LENGTH = 32;

/**
 * Describes the span [start, end) of `text` as a {@link TextRange}: offsets in
 * UTF-16 code units, the quoted text and up to {@link CONTEXT_LENGTH} code
 * units of context either side.
 *
 * A boundary that falls inside a surrogate pair is widened to keep the whole
 * code point in the quote; the context is shortened rather than starting or
 * ending halfway through a pair.
 *
 * @throws RangeError unless start and end are integers with
 *   0 ≤ start < end ≤ text.length.
 */
export function describeRange(text: string, start: number, end: number): TextRange {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > text.length ||
    start >= end
  ) {
    throw new RangeError(
      `Invalid text range [${start}, ${end}): expected integers with 0 ≤ start < end ≤ ${text.length} (the text length)`,
    );
  }
  const quoteStart = splitsSurrogatePair(text, start) ? start - 1 : start;
  const quoteEnd = splitsSurrogatePair(text, end) ? end + 1 : end;

  let prefixStart = Math.max(0, quoteStart - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, quoteEnd + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;

  return {
    start: quoteStart,
    end: quoteEnd,
    exact: text.slice(quoteStart, quoteEnd),
    prefix: text.slice(prefixStart, quoteStart),
    suffix: text.slice(quoteEnd, suffixEnd),
  };
}
