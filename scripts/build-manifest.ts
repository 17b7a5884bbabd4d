// Writes public/seeds/manifest.json from the seed files next to it (run by predev/prebuild).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildManifest } from '../src/domain/corpus/manifest';

const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/seeds');

const names = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort();
const files = await Promise.all(
  names.map(async (file) => ({
    file,
    bytes: new Uint8Array(await readFile(path.join(seedsDir, file))),
  })),
);
const manifest = await buildManifest(files);
const target = path.join(seedsDir, 'manifest.json');
await writeFile(target, `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
console.log(`Wrote ${path.relative(process.cwd(), target)}: ${manifest.articles.length} articles`);
