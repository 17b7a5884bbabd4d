import type { Coder } from '../coders/coder';
import { isJsonObject, own } from './json';

/** The IRI a coder is named by in W3C exports. */
export function coderIri(coderId: string): string {
  return `urn:gloss:coder:${encodeURIComponent(coderId)}`;
}

/** The W3C `creator` of an annotation by this coder: a Person (or Software for a consensus). */
export function creatorOf(coder: Coder): object {
  return {
    id: coderIri(coder.id),
    type: coder.origin === 'consensus' ? 'Software' : 'Person',
    name: coder.name,
  };
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') {
    // A bare IRI: "acct:alice@example.org" or a URL; keep its most readable part.
    const tail =
      value
        .replace(/^acct:/, '')
        .split(/[/:#]/)
        .filter(Boolean)
        .pop() ?? '';
    return tail.trim() === '' ? null : decodeURIComponent(tail.split('@')[0] ?? tail);
  }
  if (!isJsonObject(value)) return null;
  for (const field of ['name', 'nickname', 'foaf:name', 'foaf:nick']) {
    const name = own(value, field);
    if (typeof name === 'string' && name.trim() !== '') return name.trim();
  }
  const id = own(value, 'id');
  return typeof id === 'string' ? nameOf(id) : null;
}

/**
 * The readable name of a W3C `creator` (an IRI, an Agent object with `name` or `nickname`, or
 * a list of these: the first with a name), or null when it has none.
 */
export function creatorName(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const entry of value) {
      const name = nameOf(entry);
      if (name) return name;
    }
    return null;
  }
  return nameOf(value);
}

/** Counts creator names so that a file's main author can be proposed as its coder. */
export class CreatorTally {
  private readonly counts = new Map<string, number>();

  add(creator: unknown): void {
    const name = creatorName(creator);
    if (name) this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** The most frequent name (ties: the first seen), or null when no item named one. */
  main(): string | null {
    let best: string | null = null;
    let bestCount = 0;
    for (const [name, count] of this.counts) {
      if (count > bestCount) [best, bestCount] = [name, count];
    }
    return best;
  }
}
