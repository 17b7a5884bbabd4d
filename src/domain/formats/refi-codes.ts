import type { Tag } from '../model';
import { xmlElement, xmlTextElement } from './xml-write';

function byName(a: Tag, b: Tag): number {
  return a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function codeElement(tag: Tag, children: ReadonlyMap<string, Tag[]>): string {
  const subTags = children.get(tag.id) ?? [];
  return xmlElement(
    'Code',
    { guid: tag.id, name: tag.name, isCodable: true, color: tag.color.toUpperCase() },
    [
      ...xmlTextElement('Description', tag.description),
      ...subTags.map((t) => codeElement(t, children)),
    ],
  );
}

/**
 * The `<Codes>` element of a project or codebook: every tag a codable Code
 * (guid = tag id, colour as #RRGGBB, description), sub-tags nested in their
 * parent. Codes are sorted by name so the file does not depend on storage order.
 * Returns null when there are no tags (REFI requires at least one Code in Codes).
 */
export function codesElement(tags: readonly Tag[]): string | null {
  if (tags.length === 0) return null;
  const ids = new Set(tags.map((tag) => tag.id));
  const children = new Map<string, Tag[]>();
  const roots: Tag[] = [];
  for (const tag of [...tags].sort(byName)) {
    if (tag.parentId !== null && ids.has(tag.parentId)) {
      const list = children.get(tag.parentId);
      if (list) list.push(tag);
      else children.set(tag.parentId, [tag]);
    } else {
      roots.push(tag);
    }
  }
  return xmlElement(
    'Codes',
    {},
    roots.map((tag) => codeElement(tag, children)),
  );
}
