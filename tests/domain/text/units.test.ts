// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  codePointToUtf16,
  createOffsetConverter,
  utf16ToCodePoint,
} from '../../../src/domain/text/units';

const emoji = 'a😀b'; // 😀 is one code point, two UTF-16 units
const family = '👩‍👩‍👧'; // ZWJ sequence: 5 code points, 8 UTF-16 units
const combining = 'Cafe\u0301!'; // "é" as e + combining acute: 2 code points
const arabic = 'قال لافروف إن 😀 الحل';
const hebrew = 'שלום עולם';

describe('utf16ToCodePoint / codePointToUtf16', () => {
  it('counts an emoji outside the BMP as one code point and two UTF-16 units', () => {
    expect(utf16ToCodePoint(emoji, 1)).toBe(1);
    expect(utf16ToCodePoint(emoji, 3)).toBe(2);
    expect(utf16ToCodePoint(emoji, 4)).toBe(3);
    expect(codePointToUtf16(emoji, 2)).toBe(3);
    expect(codePointToUtf16(emoji, 3)).toBe(4);
  });

  it('counts each code point of a ZWJ emoji sequence', () => {
    expect(family.length).toBe(8);
    expect(utf16ToCodePoint(family, family.length)).toBe(5);
    expect(codePointToUtf16(family, 5)).toBe(8);
    expect(codePointToUtf16(family, 2)).toBe(3); // after 👩 and the ZWJ
  });

  it('counts a combining mark as its own code point, same as UTF-16', () => {
    expect(utf16ToCodePoint(combining, 5)).toBe(5);
    expect(codePointToUtf16(combining, 6)).toBe(6);
  });

  it('treats right-to-left text by logical order, with astral chars inside', () => {
    const afterEmoji = arabic.indexOf('😀') + 2;
    expect(utf16ToCodePoint(arabic, afterEmoji)).toBe(afterEmoji - 1);
    expect(utf16ToCodePoint(arabic, arabic.length)).toBe([...arabic].length);
    expect(utf16ToCodePoint(hebrew, 4)).toBe(4);
  });

  it('rejects offsets outside the text or inside a surrogate pair', () => {
    expect(() => utf16ToCodePoint(emoji, -1)).toThrow(RangeError);
    expect(() => utf16ToCodePoint(emoji, 5)).toThrow(RangeError);
    expect(() => utf16ToCodePoint(emoji, 1.5)).toThrow(RangeError);
    expect(() => utf16ToCodePoint(emoji, 2)).toThrow(/surrogate pair/);
    expect(() => codePointToUtf16(emoji, 4)).toThrow(RangeError);
    expect(() => codePointToUtf16(emoji, -1)).toThrow(RangeError);
    expect(() => codePointToUtf16(emoji, Number.NaN)).toThrow(RangeError);
  });

  it('counts a lone surrogate as one code point', () => {
    const broken = 'a\ud83db';
    expect(utf16ToCodePoint(broken, 3)).toBe(3);
    expect(codePointToUtf16(broken, 2)).toBe(2);
  });
});

describe('createOffsetConverter', () => {
  it('reports both lengths', () => {
    const converter = createOffsetConverter(family + combining);
    expect(converter.utf16Length).toBe(14);
    expect(converter.codePointLength).toBe(11);
  });

  it('agrees with the one-off conversions in mixed-script text', () => {
    const text = `${arabic} ${family} ${hebrew} ${combining} ${emoji}`;
    const converter = createOffsetConverter(text);
    for (let cp = 0; cp <= converter.codePointLength; cp++) {
      const utf16 = converter.toUtf16(cp);
      expect(utf16).toBe(codePointToUtf16(text, cp));
      expect(converter.toCodePoint(utf16)).toBe(cp);
    }
  });

  it('rejects the same bad offsets as the one-off conversions', () => {
    const converter = createOffsetConverter(emoji);
    expect(() => converter.toCodePoint(2)).toThrow(/surrogate pair/);
    expect(() => converter.toCodePoint(5)).toThrow(RangeError);
    expect(() => converter.toUtf16(4)).toThrow(RangeError);
    expect(() => createOffsetConverter('abc').toCodePoint(-1)).toThrow(RangeError);
  });
});

describe('code point conversion properties', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    // Broken text: lone halves of surrogate pairs next to whole pairs.
    fc.string({
      unit: fc.oneof(
        fc.constantFrom('a', 'é', '😀', '\u0301'),
        fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
      ),
      maxLength: 40,
    }),
  );

  it('round-trips every code point offset', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const codePoints = [...text];
        const converter = createOffsetConverter(text);
        expect(converter.codePointLength).toBe(codePoints.length);
        for (let cp = 0; cp <= codePoints.length; cp++) {
          const utf16 = codePointToUtf16(text, cp);
          expect(utf16).toBe(codePoints.slice(0, cp).join('').length);
          expect(converter.toUtf16(cp)).toBe(utf16);
          expect(utf16ToCodePoint(text, utf16)).toBe(cp);
          expect(converter.toCodePoint(utf16)).toBe(cp);
        }
      }),
    );
  });

  it('maps every UTF-16 offset either to a code point or to a RangeError inside a pair', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const converter = createOffsetConverter(text);
        for (let offset = 0; offset <= text.length; offset++) {
          const insidePair =
            /[\ud800-\udbff]$/.test(text.slice(0, offset)) &&
            /^[\udc00-\udfff]/.test(text.slice(offset));
          if (insidePair) {
            expect(() => converter.toCodePoint(offset)).toThrow(RangeError);
          } else {
            expect(converter.toCodePoint(offset)).toBe([...text.slice(0, offset)].length);
          }
        }
      }),
    );
  });
});
