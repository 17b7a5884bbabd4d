/*
 * Coders are the layers of the data model (docs/architecture.md): every annotation belongs to
 * exactly one coder. The local user is a coder with a fixed id, so a backup restored on another
 * device lands in that device's own layer; a consensus from adjudication is a coder too, with
 * its own fixed id. Colleagues' files are imported as coders with generated ids.
 */

/** Where a coder's layer comes from. */
export type CoderOrigin = 'local' | 'imported' | 'consensus';

export interface Coder {
  id: string;
  name: string;
  origin: CoderOrigin;
  createdAt: string;
  /** #rrggbb the coder's highlights are painted in when the reader colours by coder. */
  color?: string;
}

import { CONSENSUS_CODER_ID, LOCAL_CODER_ID } from './ids';

export { CONSENSUS_CODER_ID, LOCAL_CODER_ID } from './ids';
/** What the local coder is called until they name themselves in Settings. */
export const DEFAULT_LOCAL_CODER_NAME = 'Coder 1';
export const CONSENSUS_CODER_NAME = 'Consensus';
/** Longest coder name, in code points. */
export const MAX_CODER_NAME_LENGTH = 80;

/** Trims and collapses inner whitespace, as tag names are. */
export function normalizeCoderName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** The key two coder names are compared by (case-insensitive, like tag names). */
export function coderNameKey(name: string): string {
  return normalizeCoderName(name).toLocaleLowerCase('en');
}

/**
 * Why a coder name cannot be used, or null when it can. Names are shown as text, so any
 * character is allowed; only empty and over-long names are refused.
 */
export function coderNameProblem(name: string): string | null {
  const normalized = normalizeCoderName(name);
  if (normalized === '') return 'The coder name must not be empty.';
  if (Array.from(normalized).length > MAX_CODER_NAME_LENGTH)
    return `The coder name must be at most ${MAX_CODER_NAME_LENGTH} characters.`;
  return null;
}

/** The local coder as a fresh database (or the upgrade) creates it. */
export function defaultLocalCoder(createdAt: string): Coder {
  return { id: LOCAL_CODER_ID, name: DEFAULT_LOCAL_CODER_NAME, origin: 'local', createdAt };
}

/** The consensus coder, created the first time adjudication writes. */
export function consensusCoder(createdAt: string): Coder {
  return { id: CONSENSUS_CODER_ID, name: CONSENSUS_CODER_NAME, origin: 'consensus', createdAt };
}

/** Local first, then imported coders by name, consensus last: the order every list uses. */
export function sortCoders(coders: readonly Coder[]): Coder[] {
  const rank: Record<CoderOrigin, number> = { local: 0, imported: 1, consensus: 2 };
  return [...coders].sort(
    (a, b) => rank[a.origin] - rank[b.origin] || a.name.localeCompare(b.name, 'en'),
  );
}
