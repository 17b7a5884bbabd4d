/**
 * The library's first paint and facet click of two builds, in turns on one machine, so that a
 * change is measured against what it replaces under the same load:
 *   GLOSS_AB_BEFORE=<dist dir of the other build> npx tsx bench/ab-library.ts [count=10000] [rounds=5]
 * This tree's build is made first (as the bench does). Each build gets its own origin, hence its
 * own IndexedDB, and the same corpus through its own import.
 */
import { cpus, loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import { importThroughUi, serveApp } from './app-cases';
import {
  corpusBackup,
  facetClicks,
  generateCorpus,
  libraryFirstPaints,
  tempFile,
} from './corpus-cases';

const before = process.env.GLOSS_AB_BEFORE;
if (!before) throw new Error('Set GLOSS_AB_BEFORE to the dist folder of the build to compare with');
const count = Number(process.argv[2] ?? 10_000);
const rounds = Number(process.argv[3] ?? 5);
const port = Number(process.env.GLOSS_BENCH_APP_PORT ?? 4215);

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN;
const load = () => loadavg()[0]?.toFixed(1);

const after = await serveApp(port, false);
process.env.GLOSS_BENCH_APP_DIST = before;
const old = await serveApp(port + 1, true);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const file = tempFile(
    `library-${count}.json`,
    await corpusBackup(generateCorpus(count, 500, 34)),
  );
  const builds: { name: string; base: string; page: Page; paints: number[]; clicks: number[] }[] =
    [];
  for (const [name, at] of [
    ['before', port + 1],
    ['after', port],
  ] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
    const page = await context.newPage();
    const base = `http://127.0.0.1:${at}`;
    await importThroughUi(page, base, file, 300_000);
    // One open that writes the snapshot, as a returning user's library has it.
    await libraryFirstPaints(page, base, 1);
    await page.waitForTimeout(2000);
    builds.push({ name, base, page, paints: [], clicks: [] });
  }
  console.log(`load ${load()} (${cpus().length} cores) at the start`);
  for (let round = 0; round < rounds; round++)
    for (const build of builds) {
      build.paints.push(...(await libraryFirstPaints(build.page, build.base, 1)));
      await build.page.getByRole('region', { name: 'Outlet' }).waitFor();
      build.clicks.push(...(await facetClicks(build.page, 2)));
    }
  console.log(`load ${load()} at the end`);
  for (const b of builds)
    console.log(
      `${b.name.padEnd(7)} first paint median ${median(b.paints).toFixed(0)} ms (${b.paints.map((v) => v.toFixed(0)).join(', ')}); facet click median ${median(b.clicks).toFixed(0)} ms (${b.clicks.map((v) => v.toFixed(0)).join(', ')})`,
    );
} finally {
  await browser.close();
  await after.close();
  await old.close();
}
