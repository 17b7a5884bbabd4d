import { sha256Hex } from '../corpus/hash';
import { parseArticle } from '../corpus/parse';
import { fileStem } from '../corpus/source';
import { UNTITLED } from '../corpus/title';
import type { DocumentRecord } from '../model';
import type { ImportDraft } from './draft';

const MAX_TITLE = 300;

function shorten(title: string): string {
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Builds the stored record of an imported article. The text is kept exactly; what the import
 * told (title, outlet, date, language, URL, author, metadata) wins over what the corpus parser
 * reads out of the text, which fills the rest. `textHash` may be passed when already computed.
 */
export async function buildImportedDocument(
  draft: ImportDraft,
  now: Date,
  id: string,
  textHash?: string,
): Promise<DocumentRecord> {
  const fileName = baseName(draft.file);
  const parsed = parseArticle(draft.text, { fileName });
  const parsedTitle = parsed.title !== UNTITLED ? parsed.title : fileStem(fileName) || UNTITLED;
  const record: DocumentRecord = {
    id,
    file: fileName,
    title: shorten(draft.title ?? parsedTitle),
    source: draft.source ?? parsed.source,
    language: draft.language ?? parsed.language,
    date: draft.date ?? parsed.date,
    byline: draft.byline ?? parsed.byline,
    wordCount: parsed.wordCount,
    byteLength: new TextEncoder().encode(draft.text).byteLength,
    sha256: textHash ?? (await sha256Hex(draft.text)),
    text: draft.text,
    createdAt: now.toISOString(),
  };
  if (draft.url !== null) record.url = draft.url;
  if (draft.metadata.length > 0) record.metadata = draft.metadata;
  return record;
}
