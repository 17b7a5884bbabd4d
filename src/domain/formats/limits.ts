import { ImportError } from './errors';

/** One megabyte as file managers and browsers show it (SI). */
const MEGABYTE = 1_000_000;

/** The largest file an import accepts: 20 MB. */
export const MAX_IMPORT_BYTES = 20 * MEGABYTE;

/** "23.4 MB", rounded up so a file just over the limit never reads as "20.0 MB". */
export function formatMegabytes(bytes: number): string {
  return `${(Math.ceil(bytes / (MEGABYTE / 10)) / 10).toFixed(1)} MB`;
}

/**
 * Checks a file's size before it is read.
 * @throws ImportError "The file is 23.4 MB; imports are limited to 20 MB."
 */
export function checkImportSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    throw new ImportError(
      `The file is ${formatMegabytes(bytes)}; imports are limited to ${MAX_IMPORT_BYTES / MEGABYTE} MB.`,
    );
  }
}
