import type { Annotation, Tag } from '../model';
import { toCsv, type CsvCell } from './csv';

/** The header of the codebook CSV Gloss writes (Taguette reads `tag` and `description`). */
export const CODEBOOK_CSV_COLUMNS = ['tag', 'description', 'color', 'highlights'] as const;

/** `Parent/Child` for a sub-tag, the name for a top-level tag. */
function tagPath(tag: Tag, byId: ReadonlyMap<string, Tag>): string {
  const parent = tag.parentId === null ? undefined : byId.get(tag.parentId);
  return parent ? `${parent.name}/${tag.name}` : tag.name;
}

/**
 * Writes the codebook as CSV the way Taguette does: one row per tag with
 * its name (`Parent/Child` for sub-tags), description, colour and number of
 * highlights; parents come before their children. Starts with a BOM.
 */
export function exportCodebookCsv(
  tags: readonly Tag[],
  annotations: readonly Annotation[],
): string {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const counts = new Map<string, number>();
  for (const annotation of annotations) {
    for (const id of annotation.tagIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const sorted = [...tags].sort((a, b) => tagPath(a, byId).localeCompare(tagPath(b, byId), 'en'));
  const rows: CsvCell[][] = [[...CODEBOOK_CSV_COLUMNS]];
  for (const tag of sorted) {
    rows.push([tagPath(tag, byId), tag.description, tag.color, counts.get(tag.id) ?? 0]);
  }
  return toCsv(rows, { bom: true });
}
