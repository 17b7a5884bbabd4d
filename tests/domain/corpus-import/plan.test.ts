import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildImportedDocument } from '../../../src/domain/corpus-import/build-document';
import { textDraft } from '../../../src/domain/corpus-import/draft';
import { planImport } from '../../../src/domain/corpus-import/plan';
import { readZip } from '../../../src/domain/corpus-import/zip';
import { sha256Hex } from '../../../src/domain/corpus/hash';
import { DocumentRecordSchema } from '../../../src/domain/validation/schemas';

describe('planning an import', () => {
  it('skips texts the library holds or the import repeats, naming what they repeat', async () => {
    const library = [{ textHash: await sha256Hex('Old text.'), title: 'Old article' }];
    const plan = await planImport(
      [
        textDraft('New text.', 'a.txt'),
        textDraft('Old text.', 'b.txt'),
        textDraft('New text.', 'c.txt'),
      ],
      library,
    );
    expect(plan.fresh.map((draft) => draft.origin)).toEqual(['a.txt']);
    expect(plan.duplicates).toEqual([
      { origin: 'b.txt', of: '“Old article” in the library' },
      { origin: 'c.txt', of: 'a.txt in this import' },
    ]);
  });
});

describe('building an imported article', () => {
  it('keeps the text exactly and lets the import’s metadata win over the parser', async () => {
    const text = 'Talks in Geneva\r\nMOSCOW, (ST)- The ministers met.\r\n';
    const record = await buildImportedDocument(
      {
        ...textDraft(text, 'export.csv', 'export.csv, row 1'),
        source: 'Reuters',
        url: 'https://x.test/a',
        metadata: [{ key: 'section', value: 'World' }],
      },
      new Date('2026-01-01T00:00:00Z'),
      'doc-1',
    );
    expect(record).toMatchObject({
      text,
      title: 'Talks in Geneva',
      source: 'Reuters',
      url: 'https://x.test/a',
      file: 'export.csv',
    });
    expect(record.sha256).toBe(await sha256Hex(text));
    expect(DocumentRecordSchema.parse(record)).toEqual(record);
  });

  it('titles a text without a headline by its file name', async () => {
    const record = await buildImportedDocument(
      textDraft('and so on\n', 'folder/notes-1.txt'),
      new Date(),
      'doc-2',
    );
    expect(record.file).toBe('notes-1.txt');
  });
});

describe('reading a .zip', () => {
  it('lists the article files and leaves folders, hidden files and other kinds out', async () => {
    const bytes = zipSync({
      'corpus/a.txt': new TextEncoder().encode('A'),
      'corpus/b.html': new TextEncoder().encode('<p>B</p>'),
      'corpus/.DS_Store': new Uint8Array([1]),
      '__MACOSX/corpus/._a.txt': new Uint8Array([1]),
      'corpus/picture.png': new Uint8Array([1]),
    });
    expect((await readZip(bytes)).map((entry) => entry.path)).toEqual([
      'corpus/a.txt',
      'corpus/b.html',
    ]);
    await expect(readZip(new Uint8Array([1, 2, 3]))).rejects.toThrow('not a readable .zip');
  });
});
