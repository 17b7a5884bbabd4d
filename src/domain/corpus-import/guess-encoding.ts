import type { EncodingGuesser } from './encoding';

/** How much of a file the detector reads: enough to decide, never a whole corpus. */
const SAMPLE_BYTES = 64 * 1024;
/** chardet's confidence runs from 0 to 100; below this it is guessing. */
const MIN_CONFIDENCE = 10;

/** The detector's names as TextDecoder labels; an unknown name is no guess. */
function whatwgLabel(name: string): string | null {
  const lower = name.toLowerCase();
  // Latin-1 text is read the same as Windows-1252, which also has the curly quotes and dashes
  // that files called "Latin-1" usually hold (WHATWG reads the label so too).
  if (lower === 'ascii' || lower === 'iso-8859-1') return 'windows-1252';
  if (lower.startsWith('utf-') || lower === 'mbcs' || lower === 'sbcs') return null;
  try {
    new TextDecoder(lower);
    return lower;
  } catch {
    return null;
  }
}

/**
 * Guesses the encoding of bytes that are not UTF-8 with chardet (ICU's detector, loaded on first
 * use): a TextDecoder label such as "windows-1252" or "windows-1251", or null when it is unsure.
 */
export const guessEncoding: EncodingGuesser = async (bytes) => {
  const { analyse } = await import('chardet');
  const best = analyse(bytes.subarray(0, SAMPLE_BYTES))[0];
  if (!best || best.confidence < MIN_CONFIDENCE) return null;
  return whatwgLabel(best.name);
};
