/** The share of the progress bar that reading the file's bytes takes; checking takes the rest. */
export const READ_SHARE = 0.3;

/**
 * A file's text, decoded as UTF-8 as File.text() does (a byte-order mark dropped), read in
 * pieces so `onRead` can tell the fraction read.
 */
export async function readFileText(
  file: Blob,
  onRead: (fraction: number) => void,
): Promise<string> {
  if (typeof file.stream !== 'function') return file.text();
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onRead(file.size === 0 ? 1 : read / file.size);
  }
  parts.push(decoder.decode());
  return parts.join('');
}
