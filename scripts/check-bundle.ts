/**
 * The initial-JavaScript budget (`postbuild`): the entry script of the built
 * `dist/index.html` plus every chunk it imports statically (its modulepreload
 * links and the `import … from "./x.js"` statements, followed transitively),
 * gzipped one file at a time as a server would send them. Exits 1 with the table
 * when the total is over budget; otherwise prints the table and the largest
 * chunks that load lazily.
 *
 * Gzip uses zlib's default level, the same as Vite's own size report.
 * Usage: tsx scripts/check-bundle.ts [--dist=dist] [--budget-kib=150]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KIB = 1024;

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  const found = process.argv.find((arg) => arg.startsWith(prefix));
  return found ? found.slice(prefix.length) : fallback;
}

const dist = option('dist', 'dist');
const budgetKib = Number(option('budget-kib', '150'));

interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

function measure(file: string): ChunkSize {
  const content = readFileSync(join(dist, file));
  return { file, bytes: content.length, gzip: gzipSync(content).length };
}

/** `/assets/x.js` or `./x.js` (relative to `from`) → `assets/x.js`, relative to dist. */
function resolveAsset(specifier: string, from: string): string {
  if (specifier.startsWith('/')) return specifier.slice(1);
  return posix.normalize(posix.join(posix.dirname(from), specifier));
}

/** Static `import … from "…"` and `import "…"`; `import("…")` (lazy) does not match. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  // `from "…"` ends every static import and re-export with bindings; `import "…"` is a bare one.
  const pattern = /\b(?:from|import)\s*["']([^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) if (match[1]) found.push(match[1]);
  return found;
}

function initialScripts(html: string): string[] {
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  if (entries.length === 0) throw new Error(`no <script type="module" src> in ${dist}/index.html`);
  const seen = new Set<string>();
  const queue = [...entries, ...preloads].map((s) => resolveAsset(s, 'index.html'));
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const specifier of staticImports(code)) queue.push(resolveAsset(specifier, file));
  }
  return [...seen];
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? allFiles(path) : [relative(dist, path).split('\\').join('/')];
  });
}

const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;

function table(title: string, rows: ChunkSize[]): void {
  const width = Math.max(title.length, ...rows.map((r) => r.file.length));
  console.log(`${title.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
  for (const row of rows)
    console.log(
      `${row.file.padEnd(width)}  ${kib(row.bytes).padStart(10)}  ${kib(row.gzip).padStart(10)}`,
    );
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`check-bundle: ${dist}/index.html not found; run the build first.`);
  process.exit(1);
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = initialScripts(html).map(measure);
const initialSet = new Set(initial.map((c) => c.file));
const lazy = allFiles(dist)
  .filter((f) => f.startsWith('assets/') && f.endsWith('.js') && !initialSet.has(f))
  .map(measure)
  .sort((a, b) => b.gzip - a.gzip);
const total = initial.reduce(
  (sum, c) => ({ file: 'total initial JS', bytes: sum.bytes + c.bytes, gzip: sum.gzip + c.gzip }),
  { file: 'total initial JS', bytes: 0, gzip: 0 },
);
const over = total.gzip > budgetKib * KIB;

console.log('\nBundle budget (initial JavaScript, gzip)');
table('initial chunk', [...initial.sort((a, b) => b.gzip - a.gzip), total]);
console.log(
  `budget ${budgetKib.toFixed(1)} KiB gzip: ${over ? 'OVER' : 'ok'} (${kib(total.gzip)}, ${
    over ? `${kib(total.gzip - budgetKib * KIB)} over` : `${kib(budgetKib * KIB - total.gzip)} left`
  })`,
);
if (lazy.length > 0) {
  console.log('');
  table('largest lazy chunks', lazy.slice(0, 8));
}
if (over) {
  console.error(
    `\ncheck-bundle: initial JavaScript is ${kib(total.gzip)} gzip, over the ${budgetKib} KiB budget.` +
      '\nLoad more code lazily (routes, formats, charts) or drop a dependency; see the table above.',
  );
  process.exit(1);
}
