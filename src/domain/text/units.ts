import { isSurrogatePairAt, splitsSurrogatePair } from './surrogates';

/*
 * Offsets in the canonical text are UTF-16 code units (what the DOM gives);
 * W3C TextPositionSelector and doccano count Unicode code points. These
 * helpers convert between the two. A lone (unpaired) surrogate counts as one
 * code point, as it does when iterating a JS string.
 */

/** Converts offsets in one text between UTF-16 code units and code points. */
export interface OffsetConverter {
  /** Length of the text in UTF-16 code units. */
  readonly utf16Length: number;
  /** Length of the text in Unicode code points. */
  readonly codePointLength: number;
  /**
   * UTF-16 offset → code point offset.
   * @throws RangeError when the offset is not an integer in [0, utf16Length]
   *   or falls inside a surrogate pair.
   */
  toCodePoint(utf16Offset: number): number;
  /**
   * Code point offset → UTF-16 offset.
   * @throws RangeError when the offset is not an integer in [0, codePointLength].
   */
  toUtf16(codePointOffset: number): number;
}

function assertOffsetInRange(offset: number, max: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new RangeError(
      `${unit} offset ${offset} is out of range: expected an integer from 0 to ${max}`,
    );
  }
}

function assertNotInsidePair(text: string, offset: number): void {
  if (splitsSurrogatePair(text, offset)) {
    throw new RangeError(`UTF-16 offset ${offset} falls inside a surrogate pair`);
  }
}

/**
 * Converts one UTF-16 offset into a code point offset by scanning the text
 * up to it. For many offsets in the same text use {@link createOffsetConverter}.
 * @throws RangeError when the offset is out of range or inside a surrogate pair.
 */
export function utf16ToCodePoint(text: string, offset: number): number {
  assertOffsetInRange(offset, text.length, 'UTF-16');
  assertNotInsidePair(text, offset);
  let pairs = 0;
  for (let i = 0; i < offset; i++) {
    if (isSurrogatePairAt(text, i)) {
      pairs++;
      i++;
    }
  }
  return offset - pairs;
}

/**
 * Converts one code point offset into a UTF-16 offset by scanning the text.
 * For many offsets in the same text use {@link createOffsetConverter}.
 * @throws RangeError when the offset is negative, fractional or past the end.
 */
export function codePointToUtf16(text: string, codePointOffset: number): number {
  assertOffsetInRange(codePointOffset, text.length, 'Code point');
  let utf16 = 0;
  for (let seen = 0; seen < codePointOffset; seen++) {
    if (utf16 >= text.length) {
      throw new RangeError(
        `Code point offset ${codePointOffset} is out of range: the text has ${seen} code points`,
      );
    }
    utf16 += isSurrogatePairAt(text, utf16) ? 2 : 1;
  }
  return utf16;
}

/** Number of entries in the ascending `sorted` that are less than `value`. */
function countLessThan(sorted: Uint32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? Infinity) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Precomputes the positions of astral characters (surrogate pairs) in `text`
 * so that each conversion afterwards is a binary search: O(log p) where p is
 * the number of surrogate pairs, and O(1) for text without any.
 */
export function createOffsetConverter(text: string): OffsetConverter {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isSurrogatePairAt(text, i)) {
      starts.push(i);
      i++;
    }
  }
  // pairUtf16Starts[j] is where the j-th pair starts in UTF-16 units;
  // pairCodePoints[j] is the same position counted in code points.
  const pairUtf16Starts = Uint32Array.from(starts);
  const pairCodePoints = Uint32Array.from(starts, (start, j) => start - j);
  const utf16Length = text.length;
  const codePointLength = utf16Length - starts.length;

  return {
    utf16Length,
    codePointLength,
    toCodePoint(utf16Offset) {
      assertOffsetInRange(utf16Offset, utf16Length, 'UTF-16');
      if (pairUtf16Starts.length === 0) return utf16Offset;
      assertNotInsidePair(text, utf16Offset);
      return utf16Offset - countLessThan(pairUtf16Starts, utf16Offset);
    },
    toUtf16(codePointOffset) {
      assertOffsetInRange(codePointOffset, codePointLength, 'Code point');
      return codePointOffset + countLessThan(pairCodePoints, codePointOffset);
    },
  };
}
