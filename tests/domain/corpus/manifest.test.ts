// @vitest-environment node
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildManifest, type CorpusFile } from '../../../src/domain/corpus';

const publicSeeds = fileURLToPath(new URL('../../../public/seeds/', import.meta.url));
const sharedSeeds = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

function readCorpus(dir: string): CorpusFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(`${dir}${file}`)) }));
}

describe('the corpus manifest', () => {
  const files = readCorpus(publicSeeds);

  it('lists every seed file once, by file name, with its stem as id', async () => {
    const manifest = await buildManifest(files);
    expect(manifest.version).toBe(1);
    expect(manifest.articles.map((a) => a.file)).toEqual(files.map((f) => f.file));
    for (const article of manifest.articles) {
      expect(`${article.id}.txt`).toBe(article.file);
    }
  });

  it('records the byte length and the SHA-256 of each file’s exact bytes', async () => {
    const manifest = await buildManifest(files);
    for (const { file, bytes } of files) {
      const entry = manifest.articles.find((a) => a.file === file);
      expect(entry?.byteLength).toBe(bytes.byteLength);
      expect(entry?.textHash).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('carries each article’s parsed title, outlet, language, date, byline and word count', async () => {
    const [first] = (await buildManifest(files)).articles;
    expect(first).toEqual({
      id: '000_df97716ef8399177',
      file: '000_df97716ef8399177.txt',
      title: 'Russian Foreign Minister Sergei Lavrov pointed to the futility of the use of force…',
      source: 'SANA',
      language: 'en',
      date: null,
      byline: 'Manal Ismael',
      wordCount: 387,
      byteLength: 2398,
      textHash: '315ae3bf70acf1f5f78cec4fe94d83015cbd39c6f1f55c58c8efef3a602fb8d9',
      origin: 'bundled',
    });
  });

  it('is the same whatever order the files come in, apart from generatedAt', async () => {
    const at = new Date('2024-01-02T03:04:05.000Z');
    const forwards = await buildManifest(files, at);
    const backwards = await buildManifest([...files].reverse(), at);
    expect(JSON.stringify(backwards)).toBe(JSON.stringify(forwards));
    expect(forwards.generatedAt).toBe('2024-01-02T03:04:05.000Z');
  });

  it('hashes a file with a byte-order mark like its bytes, keeping the mark in the text', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Title\nBody.')]);
    const [entry] = (await buildManifest([{ file: 'bom.txt', bytes }])).articles;
    expect(entry?.textHash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(entry?.title).toBe('Title');
  });

  it('refuses two files with the same id', async () => {
    const bytes = new TextEncoder().encode('x');
    await expect(
      buildManifest([
        { file: 'a.txt', bytes },
        { file: 'a.md', bytes },
      ]),
    ).rejects.toThrow(/share the id "a"/);
  });

  it.skipIf(!existsSync(sharedSeeds))('ships the shared seed files byte for byte', () => {
    const shared = readCorpus(sharedSeeds);
    expect(files.map((f) => f.file)).toEqual(shared.map((f) => f.file));
    shared.forEach(({ bytes }, i) => {
      expect(Buffer.from(files[i]?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
    });
  });
});
