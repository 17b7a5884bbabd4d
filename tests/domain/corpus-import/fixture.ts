import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The bytes of a file in tests/fixtures/corpus. */
export function corpusFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/corpus', name)));
}

/** A fixture as UTF-8 text. */
export function corpusFixtureText(name: string): string {
  return new TextDecoder().decode(corpusFixture(name));
}
