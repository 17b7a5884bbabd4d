import { detectFormat } from './detect';
import { parseDoccano } from './doccano-import';
import { parseNative } from './native-import';
import type { ImportBundle, KnownArticles } from './types';
import { importW3C } from './w3c-import';

export { checkImportSize } from './limits';
export { planImport } from './import-plan';
export { verifyDocuments } from './verify-documents';

/**
 * Parses and validates an import file of any supported format (native JSON, W3C Web Annotation
 * JSON-LD, doccano JSONL). The one module the import UI loads lazily.
 * @throws ImportError naming what is wrong and where
 */
export function parseImport(text: string, known: KnownArticles): ImportBundle {
  switch (detectFormat(text)) {
    case 'native':
      return parseNative(text);
    case 'w3c':
      return importW3C(text, known);
    case 'doccano':
      return parseDoccano(text, known);
  }
}
