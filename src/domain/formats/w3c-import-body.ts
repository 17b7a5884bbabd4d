import { validateTagName } from '../codebook';
import { MAX_NOTE_LENGTH } from '../validation';
import { isJsonObject, own } from './json';

/** What an annotation's bodies say in Gloss's terms. */
export type BodyContent =
  { ok: true; tagNames: string[]; note: string } | { ok: false; reason: string };

/** A property that may hold one value or a list, as a list. */
export function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The strings among a one-or-many property (`type`, `purpose`, `motivation`). */
export function stringsOf(value: unknown): string[] {
  return asList(value).filter((item): item is string => typeof item === 'string');
}

function fail(reason: string): BodyContent {
  return { ok: false, reason };
}

/**
 * Reads the bodies of a Web Annotation. A TextualBody whose purpose (or,
 * lacking one, the annotation's motivation) is "tagging" is a tag; any other
 * TextualBody and `bodyValue` make up the note; an IRI body (a link to a
 * comment elsewhere) is kept in the note as its IRI. Other bodies (Choice,
 * SpecificResource without a value) carry nothing Gloss can keep and are passed over.
 */
export function readBodies(item: Record<string, unknown>, motivations: string[]): BodyContent {
  const tagNames: string[] = [];
  const notes: string[] = [];
  const bodyValue = own(item, 'bodyValue');
  if (bodyValue !== undefined) {
    if (typeof bodyValue !== 'string') return fail('`bodyValue` must be a string');
    notes.push(bodyValue);
  }
  const rawBody = own(item, 'body');
  const bodies = asList(rawBody);
  for (const [index, body] of bodies.entries()) {
    const path = Array.isArray(rawBody) ? `body[${index}]` : 'body';
    if (typeof body === 'string') {
      notes.push(body);
      continue;
    }
    if (!isJsonObject(body)) return fail(`\`${path}\` must be an IRI or an object`);
    const value = own(body, 'value');
    if (value === undefined) {
      const link = own(body, 'id') ?? own(body, 'source');
      if (typeof link === 'string') notes.push(link);
      continue;
    }
    if (typeof value !== 'string') return fail(`\`${path}.value\` must be a string`);
    const purposes =
      own(body, 'purpose') === undefined ? motivations : stringsOf(own(body, 'purpose'));
    if (!purposes.includes('tagging')) {
      if (value !== '') notes.push(value);
      continue;
    }
    const problem = validateTagName(value, []);
    if (problem !== null) return fail(`\`${path}.value\` is not a usable tag name: ${problem}`);
    tagNames.push(value);
  }
  const note = notes.join('\n\n');
  if (note.length > MAX_NOTE_LENGTH) {
    return fail(`the note is longer than ${MAX_NOTE_LENGTH} characters`);
  }
  return { ok: true, tagNames, note };
}
