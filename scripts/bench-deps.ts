/**
 * Installs the benchmark's own dependencies (bench/package.json: the Recogito peer) when
 * bench/node_modules lacks them. They are kept out of the app's install: two of the peer's small
 * dependencies declare Node ≥ 22 engines and would warn on every `npm ci` of the app, although
 * they run on Node 20. `npm run bench` and `npm test` (typecheck and the bench smoke read them)
 * call this first; it does nothing when they are installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bench = fileURLToPath(new URL('../bench', import.meta.url));
const marker = `${bench}/node_modules/@recogito/text-annotator/package.json`;

if (!existsSync(marker)) {
  console.log('Installing the benchmark peer (bench/package-lock.json)…');
  // --loglevel=error: the engine warnings above are known and harmless here.
  const result = spawnSync(
    'npm',
    ['ci', '--prefix', bench, '--no-audit', '--no-fund', '--loglevel=error'],
    { stdio: 'inherit', shell: process.platform === 'win32' },
  );
  if (result.status !== 0) {
    console.error('Could not install bench/package.json: the Recogito rows will be missing.');
    process.exit(result.status ?? 1);
  }
}
