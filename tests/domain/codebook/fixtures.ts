import type { Tag } from '../../../src/domain/model';

/** A tag as the codebook would hold it; override what the test is about. */
export function tag(overrides: Partial<Tag> & Pick<Tag, 'name'>): Tag {
  return {
    id: crypto.randomUUID(),
    nameKey: overrides.name.toLowerCase(),
    color: '#fde68a',
    description: '',
    hotkey: null,
    parentId: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}
