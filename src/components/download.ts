/**
 * Starts a real file download of `content` (text, bytes such as a zip, or a Blob an export
 * worker built) named `fileName`.
 */
export function downloadText(
  fileName: string,
  content: string | Uint8Array | Blob,
  type: string,
): void {
  const blob =
    content instanceof Blob
      ? content
      : new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Builds CSV lazily (the formats code is loaded only when a download is asked for). */
export async function downloadCsv(fileName: string, rows: string[][]): Promise<void> {
  const { toCsv } = await import('../domain/formats/csv');
  downloadText(fileName, toCsv(rows), 'text/csv;charset=utf-8');
}
