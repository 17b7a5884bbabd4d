import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/domain/corpus';

// Runs in the default (jsdom) environment on purpose: components hash texts there too.
describe('sha256Hex', () => {
  it('gives the standard SHA-256 digest as lower-case hex', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('hashes the UTF-8 encoding of the text, as the file bytes are hashed', async () => {
    const text = 'Lavrov a jugé « inutile » 🇸🇾 سوريا\r\n';
    const expected = createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
    expect(await sha256Hex(text)).toBe(expected);
  });
});
