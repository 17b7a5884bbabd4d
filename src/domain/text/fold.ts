/**
 * Folds text for matching that ignores case and accents: decomposes it (NFD), drops the
 * combining marks and lower-cases it, so "Ministère" and "ministere" compare equal.
 */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
