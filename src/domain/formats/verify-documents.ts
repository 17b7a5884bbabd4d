import { sha256Hex } from '../corpus/hash';
import { parseArticle } from '../corpus/parse';
import { MAX_DOCUMENT_BYTES } from '../corpus/user-document';
import type { DocumentRecord } from '../model';
import { isBlankText } from '../text/invisible';
import { skipped } from './records';
import type { ImportBundle } from './types';

/**
 * Takes nothing in a backup's documents on trust: what can be computed from the text (SHA-256,
 * byte length, word count) is computed again, and the limits of an upload apply (5 MB, some
 * visible text). A document that breaks a limit is skipped with the reason; the rest of the
 * file is still imported.
 */
export async function verifyDocuments(bundle: ImportBundle): Promise<ImportBundle> {
  if (bundle.documents.length === 0) return bundle;
  const documents: DocumentRecord[] = [];
  const skips = [...bundle.skipped];
  for (const [index, doc] of bundle.documents.entries()) {
    const byteLength = new TextEncoder().encode(doc.text).byteLength;
    if (byteLength > MAX_DOCUMENT_BYTES) {
      skips.push(
        skipped(
          'document',
          index,
          doc.id,
          `its text is ${byteLength.toLocaleString('en')} bytes; documents are limited to ${MAX_DOCUMENT_BYTES.toLocaleString('en')}`,
        ),
      );
      continue;
    }
    if (isBlankText(doc.text)) {
      skips.push(skipped('document', index, doc.id, 'it holds no visible text'));
      continue;
    }
    const parsed = parseArticle(doc.text, { fileName: doc.file });
    documents.push({
      ...doc,
      title: isBlankText(doc.title) ? parsed.title : doc.title,
      wordCount: parsed.wordCount,
      byteLength,
      sha256: await sha256Hex(doc.text),
    });
  }
  return { ...bundle, documents, skipped: skips };
}
