import { documentArticle } from '../../../src/domain/corpus/article';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DocumentFileError,
  MAX_DOCUMENT_BYTES,
  buildManifestEntry,
  buildUserDocument,
  decodeUploadedFile,
  newDocumentId,
  pastedTextProblem,
  sha256Hex,
} from '../../../src/domain/corpus';
import { DocumentRecordSchema } from '../../../src/domain/validation';

const encode = (text: string) => new TextEncoder().encode(text);
const now = new Date('2025-05-06T07:08:09.000Z');

function decodeError(bytes: Uint8Array, name: string): DocumentFileError {
  try {
    decodeUploadedFile(bytes, name);
  } catch (error) {
    if (error instanceof DocumentFileError) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('decoding an uploaded file', () => {
  it('gives the UTF-8 text exactly: \\r\\n, a BOM, emoji and accents kept', () => {
    const text = '\uFEFFMes notes\r\nLavrov a rencontré Kerry 🇷🇺.\r\n\r\n';
    expect(decodeUploadedFile(encode(text), 'notes.txt')).toBe(text);
    expect(decodeUploadedFile(encode('# Heading\n'), 'README.MD')).toBe('# Heading\n');
  });

  it('refuses a binary file, naming it', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    const error = decodeError(bytes, 'photo.txt');
    expect(error.fileName).toBe('photo.txt');
    expect(error.message).toBe(
      'photo.txt looks like a binary file, not text; only UTF-8 text can be added.',
    );
    // Text with a NUL in the middle is not a text file either.
    expect(decodeError(encode('abc\u0000def'), 'nul.txt').message).toMatch(/^nul\.txt looks like/);
  });

  it('refuses text in another encoding, naming it', () => {
    const latin1 = new Uint8Array([0x72, 0xe9, 0x67, 0x6c, 0x65, 0x72]); // "régler" in Latin-1
    expect(decodeError(latin1, 'latin1.txt').message).toBe(
      'latin1.txt is not UTF-8 text; save it as UTF-8 and try again.',
    );
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
    expect(decodeError(utf16, 'wide.txt').message).toBe(
      'wide.txt is UTF-16 text; save it as UTF-8 and try again.',
    );
  });

  it('refuses files over 5 MB, saying how big they are', () => {
    const big = new Uint8Array(6_100_000).fill(0x61);
    expect(decodeError(big, 'notes.txt').message).toBe(
      'notes.txt is 6.1 MB; documents are limited to 5 MB.',
    );
    const justOver = new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61);
    expect(decodeError(justOver, 'edge.txt').message).toBe(
      'edge.txt is 5.1 MB; documents are limited to 5 MB.',
    );
    const atLimit = new Uint8Array(MAX_DOCUMENT_BYTES).fill(0x61);
    expect(decodeUploadedFile(atLimit, 'limit.txt')).toHaveLength(MAX_DOCUMENT_BYTES);
  });

  it('refuses types other than .txt and .md, and empty or blank files', () => {
    expect(decodeError(encode('{}'), 'data.json').message).toBe(
      'data.json is not a .txt or .md file; only plain text and Markdown files can be added.',
    );
    expect(decodeError(encode('text'), 'notes.txt.pdf').message).toMatch(/not a \.txt or \.md/);
    expect(decodeError(new Uint8Array(), 'empty.txt').message).toBe('empty.txt is empty.');
    expect(decodeError(encode(' \r\n\t\n'), 'blank.md').message).toBe('blank.md holds no text.');
  });

  it('refuses pasted text over 5 MB', () => {
    expect(pastedTextProblem('Short text')).toBeNull();
    expect(pastedTextProblem('é'.repeat(3_000_000))).toBe(
      'The pasted text is 6 MB; documents are limited to 5 MB.',
    );
  });
});

describe('building a user document', () => {
  it('keeps the text unchanged (\\r\\n included) and hashes and measures it', async () => {
    const text = 'Lavrov meets Kerry in Moscow\r\n\r\nThe two ministers talked about Syria.\r\n';
    const article = await buildUserDocument(text, 'meeting.txt', now, 'doc-1');
    expect(article.text).toBe(text);
    expect(article.byteLength).toBe(encode(text).byteLength);
    expect(article.sha256).toBe(await sha256Hex(text));
    expect(article).toMatchObject({
      id: 'doc-1',
      file: 'meeting.txt',
      title: 'Lavrov meets Kerry in Moscow',
      language: 'en',
      createdAt: '2025-05-06T07:08:09.000Z',
    });
    expect(DocumentRecordSchema.parse(article)).toEqual(article);
  });

  it('takes the title from the first line when it reads as one, else from the first sentence', async () => {
    const headline = await buildUserDocument(
      'Kerry and Lavrov meet in Geneva\nThe two ministers met on Friday.\n',
      null,
      now,
      'doc-a',
    );
    expect(headline.title).toBe('Kerry and Lavrov meet in Geneva');
    expect(headline.file).toBe('pasted.txt');
    const prose = await buildUserDocument(
      'The council met on Monday. It decided nothing.\nA second paragraph follows.',
      null,
      now,
      'doc-b',
    );
    expect(prose.title).toBe('The council met on Monday');
  });

  it('titles a Markdown file without its heading marks, keeping the text as it is', async () => {
    const text = '# **Talks** in [Geneva](https://example.org)\n\nThe ministers met twice.\n';
    const record = await buildUserDocument(text, 'talks.md', now, 'doc-md');
    expect(record.title).toBe('Talks in Geneva');
    expect(record.text).toBe(text);
  });

  it('detects the language and counts the words like a seed', async () => {
    const french = await buildUserDocument(
      'Lavrov et Kerry à Moscou\nLes deux ministres ont parlé de la crise en Syrie avec les journalistes.\n',
      'notes.md',
      now,
      'doc-fr',
    );
    expect(french.language).toBe('fr');
    expect(french.wordCount).toBe(13);
  });

  it('describes a seed file the way the manifest does', async () => {
    const file = '001_7385e71a292b6180.txt';
    const bytes = new Uint8Array(
      readFileSync(join(import.meta.dirname, '../../../public/seeds', file)),
    );
    const record = await buildUserDocument(decodeUploadedFile(bytes, file), file, now, 'doc-seed');
    const {
      id: _id,
      origin: _origin,
      ...manifestFields
    } = await buildManifestEntry({ file, bytes });
    expect(documentArticle(record)).toMatchObject({ ...manifestFields, origin: 'imported' });
  });

  it('makes ids that cannot be mistaken for a seed’s file stem', () => {
    expect(newDocumentId()).toMatch(/^doc-[0-9a-f-]{36}$/);
    expect(newDocumentId()).not.toBe(newDocumentId());
  });
});
