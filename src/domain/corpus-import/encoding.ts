import { decodeWindows1252 } from './windows-1252';

/** How the bytes of an imported file are read: guessed, or as the user chose. */
export type EncodingChoice = 'auto' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encodings a user can choose, with the names the import dialog shows. */
export const ENCODING_CHOICES: readonly { value: EncodingChoice; label: string }[] = [
  { value: 'auto', label: 'Detect automatically' },
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'utf-16le', label: 'UTF-16 (little-endian)' },
  { value: 'utf-16be', label: 'UTF-16 (big-endian)' },
  { value: 'windows-1252', label: 'Windows-1252 / Latin-1' },
];

/** A decoded file: its text and the encoding it was read in (a WHATWG label). */
export interface DecodedText {
  text: string;
  encoding: string;
}

/** Guesses the encoding of bytes that are not UTF-8; a WHATWG label, or null when unsure. */
export type EncodingGuesser = (bytes: Uint8Array) => Promise<string | null>;

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function decodeAs(bytes: Uint8Array, encoding: string, fatal: boolean): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  // The byte-order mark is a signature of the encoding, not part of the article: it is left out
  // (ignoreBOM: false strips exactly one at the start). Nothing else is changed; CRLF stays.
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

function isUtf8(bytes: Uint8Array): string | null {
  try {
    return decodeAs(bytes, 'utf-8', true);
  } catch {
    return null;
  }
}

/**
 * Decodes an imported file. A byte-order mark decides (UTF-8 or UTF-16); otherwise, with
 * `auto`, valid UTF-8 is read as UTF-8 and anything else as what `guess` says, Windows-1252
 * when it cannot tell (the legacy encoding of most Western exports). Line endings are kept.
 * @throws Error when the bytes are not text in the chosen encoding, or look binary
 */
export async function decodeImportedBytes(
  bytes: Uint8Array,
  choice: EncodingChoice,
  guess?: EncodingGuesser,
): Promise<DecodedText> {
  const bom = bomOf(bytes);
  if (choice === 'auto' && bom)
    return { text: decodeAs(bytes, bom.encoding, false), encoding: bom.encoding };
  if (choice !== 'auto') {
    if (choice.startsWith('utf-') && choice !== 'utf-8' && bom?.encoding === 'utf-8')
      throw new Error(
        `it starts with a UTF-8 byte-order mark, so it is not ${choice.toUpperCase()}`,
      );
    try {
      return { text: decodeAs(bytes, choice, choice === 'utf-8'), encoding: choice };
    } catch {
      throw new Error(`it is not valid ${choice.toUpperCase()} text`);
    }
  }
  const utf8 = isUtf8(bytes);
  if (utf8 !== null) {
    if (utf8.includes('\u0000'))
      throw new Error('it looks like a binary file (it holds NUL bytes), not text');
    return { text: utf8, encoding: 'utf-8' };
  }
  if (bytes.includes(0))
    throw new Error('it looks like a binary file (it holds NUL bytes), not text');
  const guessed = (guess ? await guess(bytes) : null) ?? 'windows-1252';
  try {
    return { text: decodeAs(bytes, guessed, false), encoding: guessed };
  } catch {
    return { text: decodeAs(bytes, 'windows-1252', false), encoding: 'windows-1252' };
  }
}
