import type { Tag } from '../model';

/**
 * Keys the reader already uses (h highlights, j/k move between annotations,
 * ? lists shortcuts, / searches, Escape cancels, space scrolls). Compared
 * case-insensitively, since Caps Lock turns "h" into "H".
 */
export const RESERVED_HOTKEYS: readonly string[] = [
  'h',
  'j',
  'k',
  '?',
  '/',
  ' ',
  'escape',
  'esc',
  'spacebar',
];

/** The case-insensitive identity of a hotkey, used for every comparison. */
export function hotkeyKey(key: string): string {
  return key.toLowerCase();
}

function describeKey(key: string): string {
  return key === ' ' ? 'Space' : `"${key}"`;
}

/** What is wrong with a hotkey on its own (reserved, not one printable character), or null. */
export function hotkeyProblem(key: string | null): string | null {
  if (key === null || key === '') return null;
  if (RESERVED_HOTKEYS.includes(hotkeyKey(key))) {
    return `${describeKey(key)} is reserved for a built-in shortcut.`;
  }
  if (Array.from(key).length !== 1 || /[\p{C}\p{Z}]/u.test(key)) {
    return 'A hotkey must be a single printable character.';
  }
  return null;
}

/**
 * Checks a proposed tag hotkey. null or "" means "no hotkey" and is always fine.
 * @param selfId the tag being edited, so it does not clash with itself
 * @returns a message for the user, or null when the hotkey is fine
 */
export function validateHotkey(
  key: string | null,
  existing: readonly Tag[],
  selfId?: string,
): string | null {
  if (key === null || key === '') return null;
  const problem = hotkeyProblem(key);
  if (problem !== null) return problem;
  const wanted = hotkeyKey(key);
  const clash = existing.find(
    (tag) => tag.id !== selfId && tag.hotkey !== null && hotkeyKey(tag.hotkey) === wanted,
  );
  if (clash) return `Hotkey "${key}" is already used by the tag "${clash.name}".`;
  return null;
}

/** The tag a key press selects (case-insensitive), if any. */
export function findTagByHotkey(key: string, tags: readonly Tag[]): Tag | undefined {
  const wanted = hotkeyKey(key);
  return tags.find((tag) => tag.hotkey !== null && hotkeyKey(tag.hotkey) === wanted);
}
