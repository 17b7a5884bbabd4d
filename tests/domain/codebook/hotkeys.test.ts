import { describe, expect, it } from 'vitest';
import { findTagByHotkey, validateHotkey } from '../../../src/domain/codebook';
import { tag } from './fixtures';

describe('tag hotkeys', () => {
  it('may be absent', () => {
    expect(validateHotkey(null, [])).toBeNull();
    expect(validateHotkey('', [])).toBeNull();
  });

  it('accept a single printable character, including digits and non-Latin letters', () => {
    for (const key of ['t', '1', 'é', 'ж', '+']) expect(validateHotkey(key, [])).toBeNull();
  });

  it.each(['h', 'j', 'k', '?', '/', 'H', 'K'])('refuse the built-in shortcut %s', (key) => {
    expect(validateHotkey(key, [])).toBe(`"${key}" is reserved for a built-in shortcut.`);
  });

  it('refuse Escape and Space', () => {
    expect(validateHotkey('Escape', [])).toBe('"Escape" is reserved for a built-in shortcut.');
    expect(validateHotkey(' ', [])).toBe('Space is reserved for a built-in shortcut.');
  });

  it('refuse more than one character, named keys and invisible characters', () => {
    const message = 'A hotkey must be a single printable character.';
    expect(validateHotkey('ab', [])).toBe(message);
    expect(validateHotkey('Enter', [])).toBe(message);
    expect(validateHotkey('\t', [])).toBe(message);
    expect(validateHotkey('\u200b', [])).toBe(message);
  });

  it('refuse a key another tag uses, naming that tag (ignoring case)', () => {
    const existing = [tag({ name: 'Blame', hotkey: 'b' })];
    expect(validateHotkey('b', existing)).toBe('Hotkey "b" is already used by the tag "Blame".');
    expect(validateHotkey('B', existing)).toBe('Hotkey "B" is already used by the tag "Blame".');
  });

  it("accept the edited tag's own key", () => {
    const self = tag({ name: 'Blame', hotkey: 'b' });
    expect(validateHotkey('b', [self], self.id)).toBeNull();
  });

  it('find the tag a key press selects, ignoring Caps Lock', () => {
    const blame = tag({ name: 'Blame', hotkey: 'b' });
    expect(findTagByHotkey('B', [blame])).toBe(blame);
    expect(findTagByHotkey('x', [blame])).toBeUndefined();
  });
});
