import type { GlossDB } from '../db/gloss-db';
import type { TeamAgreementInput } from '../domain/agreement/team-report';
import { defaultLocalCoder, LOCAL_CODER_ID } from '../domain/coders/coder';
import { combineArticles, documentArticle } from '../domain/corpus/article';
import type { ArticleWithText } from '../domain/corpus/types';
import type { Annotation, DocumentMeta, Tag } from '../domain/model';
import { partitionRecords } from '../domain/validation/sound-records';

/** What the agreement reads: its input, and how many annotations of the chosen layers it holds. */
export interface AgreementRead {
  input: TeamAgreementInput;
  annotations: number;
}

/**
 * Reads what the agreement of `coderIds` compares from one consistent moment of `db`: those
 * layers' annotations (through the coder index), the codebook, the sets and every document with
 * its text, after the bundled articles (given with their texts and the user's metadata edits),
 * in library order. Damaged records are left out, as every view leaves them out. Runs in the
 * agreement worker, which reads the database itself, or on the page where there is no worker.
 */
export async function readAgreementInput(
  db: GlossDB,
  coderIds: readonly string[],
  bundled: readonly ArticleWithText[],
): Promise<AgreementRead> {
  const read = await db.transaction(
    'r',
    [db.coders, db.tags, db.sets, db.annotations, db.articles, db.texts],
    async () => {
      // Asked for at once, so the database answers one request after another without waiting
      // for this thread in between. One index range per coder: read whole (getAll), where anyOf
      // would walk a cursor; every text in one read, where a look-up per document costs a
      // request each.
      const [coders, tagRows, sets, layers, metaRows, textRows] = await Promise.all([
        db.coders.bulkGet([...coderIds]),
        db.tags.toArray(),
        db.sets.toArray(),
        Promise.all(coderIds.map((id) => db.annotations.where('coderId').equals(id).toArray())),
        db.articles.toArray(),
        db.texts.toArray(),
      ]);
      const tags = partitionRecords<Tag>('tags', tagRows).sound;
      const annotations = partitionRecords<Annotation>('annotations', layers.flat()).sound;
      const metas = partitionRecords<DocumentMeta>('articles', metaRows).sound;
      const texts = new Map(textRows.map((row) => [row.id, row.text]));
      const documents = metas.flatMap((meta) => {
        const text = texts.get(meta.id);
        // A document without its text is damaged; the views leave it out (document-texts.ts).
        return typeof text === 'string' ? [{ ...meta, text }] : [];
      });
      return { coders, tags, sets, annotations, documents };
    },
  );
  const byCoder = new Map<string, Annotation[]>(coderIds.map((id) => [id, []]));
  for (const annotation of read.annotations) byCoder.get(annotation.coderId)?.push(annotation);
  const coders = coderIds.flatMap((id, i) => {
    const coder =
      read.coders[i] ??
      (id === LOCAL_CODER_ID ? defaultLocalCoder(new Date().toISOString()) : null);
    return coder ? [{ id, name: coder.name, annotations: byCoder.get(id) ?? [] }] : [];
  });
  const articles = combineArticles<ArticleWithText>(
    bundled,
    read.documents.map((record) => ({ ...documentArticle(record), text: record.text })),
  );
  return {
    input: {
      articles: articles.map((a) => ({ ...a, outlet: a.source })),
      coders,
      tags: read.tags,
      sets: read.sets.map(({ name, articleIds }) => ({ name, articleIds })),
    },
    annotations: coders.reduce((sum, c) => sum + c.annotations.length, 0),
  };
}
