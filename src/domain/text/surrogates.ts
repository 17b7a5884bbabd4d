/** True for a UTF-16 code unit in the high (leading) surrogate range D800–DBFF. */
export function isHighSurrogate(codeUnit: number): boolean {
  return codeUnit >= 0xd800 && codeUnit <= 0xdbff;
}

/** True for a UTF-16 code unit in the low (trailing) surrogate range DC00–DFFF. */
export function isLowSurrogate(codeUnit: number): boolean {
  return codeUnit >= 0xdc00 && codeUnit <= 0xdfff;
}

/**
 * True when a well-formed surrogate pair starts at `index`, i.e. the code
 * point there takes two UTF-16 code units.
 */
export function isSurrogatePairAt(text: string, index: number): boolean {
  return (
    index >= 0 &&
    index + 1 < text.length &&
    isHighSurrogate(text.charCodeAt(index)) &&
    isLowSurrogate(text.charCodeAt(index + 1))
  );
}

/**
 * True when the UTF-16 `offset` falls between the two halves of a surrogate
 * pair, so cutting the text there would split one code point in two.
 */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return isSurrogatePairAt(text, offset - 1);
}
