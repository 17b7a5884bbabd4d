import { nextTagColor, normalizeTagName, tagNameKey } from '../codebook';
import type { Tag } from '../model';
import { DerivedIds } from './stable-id';

/**
 * The tags a foreign file names (W3C tagging bodies, doccano labels),
 * created once per case-insensitive name. Ids derive from the name, so a
 * re-import meets the same ids; planImport then matches them to local tags
 * by name anyway.
 */
export class ImportedTags {
  private readonly byKey = new Map<string, Tag>();

  constructor(
    private readonly createdAt: string,
    private readonly ids: DerivedIds = new DerivedIds(),
  ) {}

  /** The id of the tag with this name, creating the tag on first use. */
  idFor(name: string): string {
    const key = tagNameKey(name);
    const existing = this.byKey.get(key);
    if (existing) return existing.id;
    const tag: Tag = {
      id: this.ids.of(`gloss-tag:${key}`),
      name: normalizeTagName(name),
      nameKey: key,
      color: nextTagColor([...this.byKey.values()]),
      description: '',
      hotkey: null,
      parentId: null,
      createdAt: this.createdAt,
    };
    this.byKey.set(key, tag);
    return tag.id;
  }

  /** Every tag created so far, in order of first use. */
  list(): Tag[] {
    return [...this.byKey.values()];
  }
}
