import type { Snapshot } from '../db/transfer-repo';
import type { AnnotationFilters } from '../domain/annotations/filter';
import type { Article } from '../domain/corpus/types';
import type { ExportInput } from '../domain/formats/types';

/** An export's records, and the articles they name (whose texts are still to be read). */
export interface PickedExport {
  records: Omit<ExportInput, 'articles'>;
  named: Article[];
}

/**
 * Picks what an export writes from a snapshot: everything, or only the annotations that match
 * `filter` (the All annotations view's filters), with the articles they and the memos name and
 * the tags. Runs on the page or in the export worker (which reads the snapshot itself), so the
 * two give the same file.
 */
export async function pickExport(
  snapshot: Snapshot,
  articles: readonly Article[],
  filter?: AnnotationFilters,
): Promise<PickedExport> {
  let annotations = snapshot.annotations;
  // An export of sets holds those sets' articles only: their memos, documents and details too.
  let inSets: ReadonlySet<string> | null = null;
  if (filter) {
    const { filterAnnotations, setMembers } = await import('../domain/annotations/filter');
    const byId = new Map(articles.map((a) => [a.id, a]));
    annotations = filterAnnotations(annotations, filter, byId, snapshot.tags, snapshot.sets);
    inSets = setMembers(filter.sets, snapshot.sets);
  }
  const keep = <T>(records: T[], idOf: (record: T) => string): T[] =>
    inSets ? records.filter((record) => inSets.has(idOf(record))) : records;
  const memos = keep(snapshot.memos, (m) => m.articleId);
  const named = new Set([...annotations.map((a) => a.articleId), ...memos.map((m) => m.articleId)]);
  const chosenSets = new Set(filter?.sets ?? []);
  return {
    named: articles.filter((a) => named.has(a.id)),
    records: {
      tags: snapshot.tags,
      annotations,
      memos,
      userArticles: keep(snapshot.documents, (d) => d.id),
      exportedAt: new Date(),
      ...(snapshot.damaged ? { damaged: snapshot.damaged } : {}),
      coders: snapshot.coders,
      overrides: keep(snapshot.overrides, (o) => o.articleId),
      sets: inSets ? snapshot.sets.filter((set) => chosenSets.has(set.id)) : snapshot.sets,
    },
  };
}
