import { decodeCanonicalText } from './decode';
import { sha256Hex } from './hash';
import { parseArticle } from './parse';
import { fileStem } from './source';
import type { Article, Manifest } from './types';

/** A corpus file as read from disk: its name and its exact bytes. */
export interface CorpusFile {
  file: string;
  bytes: Uint8Array;
}

/** Builds the manifest entry of one corpus file: id = file stem, hash of the canonical text. */
export async function buildManifestEntry({ file, bytes }: CorpusFile): Promise<Article> {
  const text = decodeCanonicalText(bytes);
  const parsed = parseArticle(text, { fileName: file });
  return {
    id: fileStem(file),
    file,
    title: parsed.title,
    source: parsed.source,
    language: parsed.language,
    date: parsed.date,
    byline: parsed.byline,
    wordCount: parsed.wordCount,
    byteLength: bytes.byteLength,
    textHash: await sha256Hex(text),
    origin: 'bundled',
  };
}

/**
 * Builds the corpus manifest from files' bytes. Articles are sorted by file name so the output
 * depends only on the files (and `generatedAt`, which defaults to now).
 */
export async function buildManifest(
  files: readonly CorpusFile[],
  generatedAt: Date = new Date(),
): Promise<Manifest> {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const ids = new Set<string>();
  for (const { file } of sorted) {
    const id = fileStem(file);
    if (ids.has(id)) throw new Error(`Two corpus files share the id "${id}"`);
    ids.add(id);
  }
  return {
    version: 1,
    generatedAt: generatedAt.toISOString(),
    articles: await Promise.all(sorted.map(buildManifestEntry)),
  };
}
