import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const seedsDir = fileURLToPath(new URL('../../../public/seeds/', import.meta.url));

/** The bundled seed articles as canonical text (UTF-8 decoded, untouched). */
export function loadSeeds(): Array<{ name: string; text: string }> {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: new TextDecoder().decode(readFileSync(seedsDir + name)) }));
}

/** One seed article by the start of its file name, e.g. "003". */
export function loadSeed(prefix: string): string {
  const seed = loadSeeds().find((s) => s.name.startsWith(prefix));
  if (!seed) throw new Error(`No seed file starting with ${prefix}`);
  return seed.text;
}
