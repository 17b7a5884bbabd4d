import { REFI_SOURCES_FOLDER } from './refi-vocab';

/** The files of a .qdpx other than project.qde, by path inside the zip. */
export type QdpxFiles = ReadonlyMap<string, Uint8Array>;

/**
 * The bytes a source's `plainTextPath` names: `internal://<file>` is a file
 * in the project's sources folder (any letter case, as tools differ);
 * a relative path is looked up in the zip as well. Absolute paths and URLs
 * point outside the project and cannot be read.
 */
export function sourceBytes(path: string, files: QdpxFiles): Uint8Array | null {
  const internal = /^internal:\/\/(.+)$/i.exec(path);
  const wanted = internal
    ? [`${REFI_SOURCES_FOLDER}/${internal[1]!}`, internal[1]!]
    : /^[a-z][a-z0-9+.-]*:|^\//i.test(path)
      ? []
      : [path, `${REFI_SOURCES_FOLDER}/${path}`];
  const lower = new Map([...files.keys()].map((key) => [key.toLowerCase(), key]));
  for (const candidate of wanted) {
    const key = lower.get(candidate.replace(/\\/g, '/').toLowerCase());
    if (key !== undefined) return files.get(key) ?? null;
  }
  return null;
}

/** Decodes a source text as UTF-8; other tools' byte-order marks are dropped, Gloss's kept. */
export function decodeSource(bytes: Uint8Array, keepBom: boolean): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return keepBom ? text : text.replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}
