/**
 * Decodes a file's bytes into its canonical text: UTF-8, exactly. A byte-order mark is kept
 * (ignoreBOM) so the text hashes like the file and offsets match what the reader fetched.
 */
export function decodeCanonicalText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
