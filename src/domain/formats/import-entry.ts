import { unzipSync } from 'fflate';
import { importCodebookCsv } from './codebook-csv';
import { detectFormat } from './detect';
import { parseDoccano } from './doccano-import';
import { ImportError } from './errors';
import { importHypothesis } from './hypothesis-import';
import { parseJson } from './json';
import { parseNative } from './native-import';
import { importRefiCodebook } from './refi-codebook-import';
import { refiDocumentMaker } from './refi-document';
import { importRefiProject, type DocumentMaker } from './refi-import';
import type { ImportBundle, KnownArticles } from './types';
import { importW3C } from './w3c-import';

export { checkImportSize } from './limits';
export { planImport } from './import-plan';
export { verifyDocuments } from './verify-documents';
export type { DocumentMaker } from './refi-import';

/** What a .qdpx may unpack to: texts are small, so more than this is not a real project. */
const MAX_UNPACKED_BYTES = 200_000_000;

/**
 * Parses and validates a text import file (native JSON, W3C Web Annotation
 * JSON-LD, a Hypothesis export, doccano JSONL).
 * @throws ImportError naming what is wrong and where
 */
export function parseImport(text: string, known: KnownArticles): ImportBundle {
  switch (detectFormat(text)) {
    case 'native':
      return parseNative(text);
    case 'w3c':
      return importW3C(text, known);
    case 'hypothesis':
      return importHypothesis(parseJson(text), known);
    case 'doccano':
      return parseDoccano(text, known);
  }
}

async function unpackQdpx(
  bytes: Uint8Array,
): Promise<{ qde: string; files: Map<string, Uint8Array> }> {
  let unpacked = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) {
          throw new ImportError(
            'This project unpacks to more than 200 MB; Gloss reads smaller projects.',
          );
        }
        return !file.name.endsWith('/');
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('This .qdpx is not a readable zip file (is it complete?).');
  }
  const files = new Map(Object.entries(entries));
  const qdeName =
    [...files.keys()].find((name) => /(^|\/)project\.qde$/i.test(name)) ??
    [...files.keys()].find((name) => /\.qde$/i.test(name));
  if (qdeName === undefined) throw new ImportError('This .qdpx holds no project.qde.');
  const qde = new TextDecoder().decode(files.get(qdeName));
  files.delete(qdeName);
  return { qde, files };
}

/** The local name of an XML document's root element (after the declaration and comments). */
const ROOT_ELEMENT = /^\s*(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?([\w.-]+)/;

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** True when a file must be read as bytes (a zip), not as text. */
export function isBinaryImport(fileName: string): boolean {
  return /\.(qdpx|zip)$/i.test(fileName);
}

/**
 * Parses any import file from its name and content (bytes or text): a REFI-QDA project
 * (.qdpx zip, or a bare .qde), a REFI-QDA codebook (.qdc), a codebook CSV
 * (.csv, .tsv), or one of the text formats {@link parseImport} reads.
 * The one module the import UI loads lazily.
 * @throws ImportError naming what is wrong and where
 */
export async function parseImportFile(
  fileName: string,
  content: string | Uint8Array,
  known: KnownArticles,
  maker?: DocumentMaker,
): Promise<ImportBundle> {
  const lower = fileName.toLowerCase();
  if (typeof content !== 'string' && (lower.endsWith('.qdpx') || isZip(content))) {
    const { qde, files } = await unpackQdpx(content);
    return importRefiProject(qde, files, known, maker ?? refiDocumentMaker);
  }
  if (typeof content === 'string' && lower.endsWith('.qdpx')) {
    throw new ImportError('A .qdpx project must be read as bytes.');
  }
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
  const root = ROOT_ELEMENT.exec(text.replace(/^\uFEFF/, ''))?.[1];
  if (lower.endsWith('.qdc') || root === 'CodeBook') return importRefiCodebook(text);
  if (lower.endsWith('.qde') || root === 'Project') {
    return importRefiProject(text, new Map(), known, maker ?? refiDocumentMaker);
  }
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return importCodebookCsv(text);
  return parseImport(text, known);
}
