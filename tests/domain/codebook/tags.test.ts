import { describe, expect, it } from 'vitest';
import { CodebookError, TAG_COLORS, createTag, updateTag } from '../../../src/domain/codebook';
import { tag } from './fixtures';

const NOW = new Date('2025-03-04T05:06:07.000Z');

function thrown(action: () => unknown): CodebookError {
  try {
    action();
  } catch (error) {
    if (error instanceof CodebookError) return error;
    throw error;
  }
  throw new Error('expected a CodebookError');
}

describe('createTag', () => {
  it('builds a tag with defaults: next palette colour, no description, hotkey or parent', () => {
    const id = crypto.randomUUID();
    expect(createTag({ name: '  Human   rights ' }, [], NOW, id)).toEqual({
      id,
      name: 'Human rights',
      nameKey: 'human rights',
      color: TAG_COLORS[0]!.hex,
      description: '',
      hotkey: null,
      parentId: null,
      createdAt: '2025-03-04T05:06:07.000Z',
    });
  });

  it('keeps a chosen colour (lower-cased), description and hotkey', () => {
    const created = createTag(
      { name: 'Blame', color: '#ABCDEF', description: ' Who is held responsible ', hotkey: 'b' },
      [],
      NOW,
      crypto.randomUUID(),
    );
    expect(created).toMatchObject({
      color: '#abcdef',
      description: 'Who is held responsible',
      hotkey: 'b',
    });
  });

  it('refuses a duplicate name with a message naming the field', () => {
    const error = thrown(() =>
      createTag({ name: 'blame' }, [tag({ name: 'Blame' })], NOW, crypto.randomUUID()),
    );
    expect(error.field).toBe('name');
    expect(error.message).toBe('A tag named "Blame" already exists.');
  });

  it('refuses a clashing hotkey, naming the tag that has it', () => {
    const existing = [tag({ name: 'Blame', hotkey: 'b' })];
    const error = thrown(() =>
      createTag({ name: 'Bias', hotkey: 'b' }, existing, NOW, crypto.randomUUID()),
    );
    expect(error).toMatchObject({
      field: 'hotkey',
      message: 'Hotkey "b" is already used by the tag "Blame".',
    });
  });

  it('refuses a malformed colour', () => {
    expect(
      thrown(() => createTag({ name: 'X', color: 'yellow' }, [], NOW, crypto.randomUUID())).field,
    ).toBe('color');
  });

  it('places a tag under an existing top-level tag', () => {
    const parent = tag({ name: 'Actors' });
    expect(
      createTag({ name: 'Russia', parentId: parent.id }, [parent], NOW, crypto.randomUUID())
        .parentId,
    ).toBe(parent.id);
  });

  it('refuses a parent that does not exist', () => {
    const error = thrown(() =>
      createTag({ name: 'Russia', parentId: crypto.randomUUID() }, [], NOW, crypto.randomUUID()),
    );
    expect(error).toMatchObject({ field: 'parentId', message: 'The parent tag does not exist.' });
  });

  it('allows only one level of nesting', () => {
    const parent = tag({ name: 'Actors' });
    const child = tag({ name: 'States', parentId: parent.id });
    const error = thrown(() =>
      createTag({ name: 'Russia', parentId: child.id }, [parent, child], NOW, crypto.randomUUID()),
    );
    expect(error.message).toBe(
      '"States" is itself a sub-tag; tags can only be nested one level deep.',
    );
  });
});

describe('updateTag', () => {
  it('renames, re-deriving the key, and keeps untouched fields', () => {
    const original = tag({ name: 'Blame', hotkey: 'b' });
    const renamed = updateTag(original, { name: 'Attribution  of blame' }, [original]);
    expect(renamed).toEqual({
      ...original,
      name: 'Attribution of blame',
      nameKey: 'attribution of blame',
    });
  });

  it('may change only the case of its own name', () => {
    const original = tag({ name: 'blame' });
    expect(updateTag(original, { name: 'Blame' }, [original]).name).toBe('Blame');
  });

  it('re-checks hotkeys against the other tags', () => {
    const other = tag({ name: 'Bias', hotkey: 'x' });
    const self = tag({ name: 'Blame' });
    expect(thrown(() => updateTag(self, { hotkey: 'X' }, [other, self])).message).toBe(
      'Hotkey "X" is already used by the tag "Bias".',
    );
    expect(updateTag(self, { hotkey: null }, [other, self]).hotkey).toBeNull();
  });

  it('refuses to nest a tag that has sub-tags, or a tag under itself', () => {
    const actors = tag({ name: 'Actors' });
    const states = tag({ name: 'States', parentId: actors.id });
    const topics = tag({ name: 'Topics' });
    const all = [actors, states, topics];
    expect(thrown(() => updateTag(actors, { parentId: topics.id }, all)).message).toBe(
      '"Actors" has sub-tags, so it cannot be placed under another tag.',
    );
    expect(thrown(() => updateTag(topics, { parentId: topics.id }, all)).message).toBe(
      'A tag cannot be its own parent.',
    );
  });
});
