import type { EncodingGuesser } from './encoding';

/** How much of a file the detector reads: enough to decide, never a whole corpus. */
const SAMPLE_BYTES = 64 * 1024;
// jschardet spreads its confidence over many code pages: the top candidate of a short Latin text
// scores about 0.12, so only a near-zero score means "no idea".
const MIN_CONFIDENCE = 0.05;

/** The detector's names as TextDecoder labels; an unknown name is no guess. */
function whatwgLabel(name: string): string | null {
  const lower = name.toLowerCase();
  // ASCII is a subset: the legacy default reads it the same and also the rare accented byte.
  if (lower === 'ascii' || lower === 'iso-8859-1') return 'windows-1252';
  try {
    new TextDecoder(lower);
    return lower;
  } catch {
    return null;
  }
}

/**
 * Guesses the encoding of bytes that are not UTF-8 with jschardet (loaded on first use): a
 * TextDecoder label such as "windows-1252" or "windows-1251", or null when it is unsure.
 */
export const guessEncoding: EncodingGuesser = async (bytes) => {
  const { default: jschardet } = await import('jschardet');
  const found = jschardet.detect(bytes.subarray(0, SAMPLE_BYTES));
  if (!found.encoding || found.confidence < MIN_CONFIDENCE) return null;
  return whatwgLabel(found.encoding);
};
