import { unzip } from 'fflate';
import { isIgnoredEntry, sourceKind } from './sources';

/** A file inside an archive: its path and bytes. */
export interface ArchiveEntry {
  path: string;
  bytes: Uint8Array;
}

/**
 * The article files of a .zip (text, web pages, tables), in path order. Folders, hidden files,
 * macOS resource forks, nested archives and other kinds of files are left out.
 * @throws Error when the bytes are not a readable .zip
 */
export function readZip(bytes: Uint8Array): Promise<ArchiveEntry[]> {
  return new Promise((resolve, reject) => {
    unzip(
      bytes,
      {
        filter: (file) => {
          const kind = sourceKind(file.name);
          return (
            !file.name.endsWith('/') &&
            !isIgnoredEntry(file.name) &&
            kind !== null &&
            kind !== 'zip'
          );
        },
      },
      (error, files) => {
        if (error) {
          reject(new Error(`it is not a readable .zip archive (${error.message})`));
          return;
        }
        const entries = Object.entries(files).map(([path, data]) => ({ path, bytes: data }));
        resolve(entries.sort((a, b) => a.path.localeCompare(b.path)));
      },
    );
  });
}
