/** Starts a real file download of `content` named `fileName`. */
export function downloadText(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
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
