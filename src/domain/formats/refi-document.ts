import type { DocumentRecord } from '../model';
import type { DocumentMaker } from './refi-import';

/**
 * SHA-256 of a text's UTF-8 encoding as lower-case hex, the same digest as
 * the corpus module's sha256Hex. Kept here so the lazily loaded import code
 * does not pull the corpus parser (which the app's first screen already
 * carries) into a chunk of its own.
 */
async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Builds documents for sources another tool wrote: the text exactly as it
 * came, the source's name as title; outlet and language come from the
 * project's variables when it has them (the importer sets them), else
 * none and "und" (undetermined).
 */
export const refiDocumentMaker: DocumentMaker = {
  sha256Hex,
  async buildUserDocument(text, fileName, now, id): Promise<DocumentRecord> {
    return {
      id,
      file: fileName ?? 'imported.txt',
      title: (fileName ?? 'Imported document').replace(/\.txt$/, ''),
      source: null,
      language: 'und',
      date: null,
      byline: null,
      wordCount: wordCount(text),
      byteLength: new TextEncoder().encode(text).byteLength,
      sha256: await sha256Hex(text),
      text,
      createdAt: now.toISOString(),
    };
  },
};
