// The bytes 0x80–0x9F of Windows-1252 (the WHATWG index); the other bytes are Latin-1 and map to
// the code point of the same number. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay C1
// controls, as the WHATWG decoder reads them.
// prettier-ignore
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes Windows-1252 exactly as the WHATWG Encoding standard does. Written out because some
 * TextDecoder builds (Node's without full ICU) read this label as plain Latin-1 and lose the
 * curly quotes, dashes and euro sign of 0x80–0x9F.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk: number[] = [];
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80]! : byte);
    if (chunk.length === 8192) parts.push(String.fromCharCode(...chunk.splice(0)));
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}
