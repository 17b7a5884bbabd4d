import type { DocumentMeta, DocumentRecord, DocumentText } from '../domain/model';
import type { DamagedRecord } from '../domain/validation/sound-records';
import type { GlossDB } from './gloss-db';

/*
 * Since schema version 4 a document is stored in two rows: its metadata in `articles` and its
 * text in `texts`, under the same id. These helpers split a record for writing and join rows
 * back into whole records for what needs texts (backups, the import check). Call them inside a
 * transaction that covers both tables.
 */

/** A document's metadata row and text row. */
export function splitDocument(record: DocumentRecord): { meta: DocumentMeta; text: DocumentText } {
  const { text, ...meta } = record;
  return { meta, text: { id: record.id, text } };
}

/** Splits several documents into the rows of both tables. */
export function splitDocuments(records: readonly DocumentRecord[]): {
  metas: DocumentMeta[];
  texts: DocumentText[];
} {
  const metas: DocumentMeta[] = [];
  const texts: DocumentText[] = [];
  for (const record of records) {
    const { meta, text } = splitDocument(record);
    metas.push(meta);
    texts.push(text);
  }
  return { metas, texts };
}

/**
 * Whole records for metadata rows: each with its text. A row whose text is missing is returned
 * as damaged (it cannot be read or backed up as a document).
 */
export async function joinTexts(
  db: GlossDB,
  metas: readonly DocumentMeta[],
): Promise<{ documents: DocumentRecord[]; damaged: DamagedRecord[] }> {
  const texts = await db.texts.bulkGet(metas.map((meta) => meta.id));
  const documents: DocumentRecord[] = [];
  const damaged: DamagedRecord[] = [];
  metas.forEach((meta, index) => {
    const row = texts[index];
    if (row && typeof row.text === 'string') documents.push({ ...meta, text: row.text });
    else
      damaged.push({ table: 'articles', key: meta.id, problem: 'its text is missing', raw: meta });
  });
  return { documents, damaged };
}

/** Whole records by id, undefined where a document (or its text) is missing. */
export async function getDocuments(
  db: GlossDB,
  ids: readonly string[],
): Promise<(DocumentRecord | undefined)[]> {
  const [metas, texts] = await Promise.all([
    db.articles.bulkGet([...ids]),
    db.texts.bulkGet([...ids]),
  ]);
  return metas.map((meta, index) => {
    const text = texts[index];
    return meta && text ? { ...meta, text: text.text } : undefined;
  });
}
