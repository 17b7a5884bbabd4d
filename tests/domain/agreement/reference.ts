import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A file of tests/fixtures/agreement, parsed (written by reference.py, or its input). */
export function agreementFixture(
  name: 'data.json' | 'expected.json' | 'span-f1-data.json' | 'span-f1-expected.json',
): unknown {
  const path = resolve(process.cwd(), 'tests/fixtures/agreement', name);
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}
