/**
 * The library's first paint with many articles in the built app as a timeline (trace-open.ts):
 * what the list waits on from navigation to the frame showing its first card.
 *   npx tsx bench/profile-library-open.ts [count=10000]
 * PROFILE_NO_BUILD=1 serves the readable build an earlier profiler made.
 */
import { profiledApp } from './profile-setup';
import { traceOpen } from './trace-open';
import { openProbe, readOpenProbe } from './app-probes';
import { importThroughUi } from './app-cases';
import { corpusBackup, generateCorpus, tempFile } from './corpus-cases';

const count = Number(process.argv[2] ?? 10_000);
const { base, browser, server } = await profiledApp();
try {
  // The same corpus as the bench's library rows (bigLibrary in corpus-cases.ts).
  const file = tempFile(
    `library-${count}.json`,
    await corpusBackup(generateCorpus(count, 500, 34)),
  );
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  await context.addInitScript(openProbe, [
    { name: 'list', selector: '[aria-label="Articles"] a', min: 1 },
  ]);
  const page = await context.newPage();
  await importThroughUi(page, base, file, 300_000);
  // Two warm opens (the snapshot written when idle, caches as a returning user has them).
  for (let i = 0; i < 2; i++) {
    await page.goto(`${base}/`);
    await readOpenProbe(page, ['list']);
    await page.waitForTimeout(1500);
  }
  // PROFILE_FRESH_TAB=1: the traced open in a new tab, as opening the app is, not a reload.
  const traced = process.env.PROFILE_FRESH_TAB === '1' ? await context.newPage() : page;
  await traceOpen(browser, traced, `${base}/`, ['list']);
} finally {
  await browser.close();
  await server.close();
}
