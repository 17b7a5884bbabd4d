import { describe, expect, it } from 'vitest';
import { decodeImportedBytes } from '../../../src/domain/corpus-import/encoding';
import { guessEncoding } from '../../../src/domain/corpus-import/guess-encoding';
import { corpusFixture } from './fixture';

describe('reading the encoding of an imported file', () => {
  it('reads UTF-8 with a byte-order mark, leaving the mark out of the text', async () => {
    const decoded = await decodeImportedBytes(corpusFixture('utf-8-bom.txt'), 'auto');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.startsWith('Talks resume')).toBe(true);
  });

  it('reads UTF-16 with a byte-order mark and keeps CRLF line endings', async () => {
    const decoded = await decodeImportedBytes(corpusFixture('utf-16le-bom.txt'), 'auto');
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text).toBe(
      'Lavrov and Kerry met in Geneva.\r\nThey spoke about Syria — and café prices.\r\n',
    );
  });

  it('detects a Windows-1252 file and reads its accents, quotes and euro sign', async () => {
    const decoded = await decodeImportedBytes(
      corpusFixture('windows-1252.txt'),
      'auto',
      guessEncoding,
    );
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(
      'Le ministre a déclaré : « Nous négocierons. »\r\nLe coût atteint 5 € ; “citation” — fin.\r\n',
    );
  });

  it('falls back to Windows-1252 when the detector cannot tell', async () => {
    const decoded = await decodeImportedBytes(
      new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
      'auto',
      () => Promise.resolve(null),
    );
    expect(decoded).toEqual({ text: 'café', encoding: 'windows-1252' });
  });

  it('reads the encoding the user chose, and refuses bytes that are not in it', async () => {
    const latin = corpusFixture('windows-1252.txt');
    expect((await decodeImportedBytes(latin, 'windows-1252')).text).toContain('déclaré');
    await expect(decodeImportedBytes(latin, 'utf-8')).rejects.toThrow('is not valid UTF-8 text');
  });

  it('refuses a binary file', async () => {
    await expect(
      decodeImportedBytes(new Uint8Array([0x50, 0x4b, 0, 0, 0xff]), 'auto'),
    ).rejects.toThrow('binary');
  });
});
