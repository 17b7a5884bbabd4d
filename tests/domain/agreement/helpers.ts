import { describeRange } from '../../../src/domain/anchoring';
import type { AgreementArticle, CoderData } from '../../../src/domain/agreement';
import { tagNameKey } from '../../../src/domain/codebook';
import type { Annotation, Tag } from '../../../src/domain/model';

/** An article whose hash is a stand-in (anchoring only compares hashes). */
export function article(id: string, text: string): AgreementArticle {
  return { id, title: `Title ${id}`, text, textHash: `hash-${id}` };
}

/** A tag with its own id per coder, as two databases would have. */
export function tag(name: string, coder = 'local'): Tag {
  return {
    id: `${coder}-${name}`,
    name,
    nameKey: tagNameKey(name),
    color: '#fde68a',
    description: '',
    hotkey: null,
    parentId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

let counter = 0;

/** An annotation over `ranges` of `on`, tagged with `tags`. */
export function annotation(
  on: AgreementArticle,
  ranges: [number, number][],
  tags: Tag[],
  overrides: Partial<Annotation> = {},
): Annotation {
  counter += 1;
  return {
    id: `ann-${counter}`,
    articleId: on.id,
    textHash: on.textHash,
    ranges: ranges.map(([start, end]) => describeRange(on.text, start, end)),
    tagIds: tags.map((t) => t.id),
    note: '',
    color: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    status: 'exact',
    coderId: 'local',
    ...overrides,
  };
}

export function coder(annotations: Annotation[], tags: Tag[]): CoderData {
  return { annotations, tags };
}
