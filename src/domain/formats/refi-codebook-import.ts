import { codesOf, readRefiCodes } from './refi-codes-import';
import { parseRefiXml } from './refi-xml';
import type { ImportBundle } from './types';

/**
 * Reads a REFI-QDA codebook (.qdc): its codes become tags (hierarchy,
 * colours and descriptions kept). The import plan merges them with the
 * codebook by name, like every other import.
 * @throws ImportError when the file is not well-formed or not a CodeBook
 */
export function importRefiCodebook(xml: string, now: Date = new Date()): ImportBundle {
  const root = parseRefiXml(xml, 'CodeBook', 'The codebook');
  const codes = readRefiCodes(codesOf(root), now.toISOString());
  return {
    format: 'refi-codebook',
    exportedAt: null,
    articles: [],
    tags: codes.tags,
    annotations: [],
    memos: [],
    documents: [],
    skipped: codes.skipped,
    notices: codes.notices,
  };
}
