/**
 * The open of a long document in the built app as a timeline: when each script and request
 * finished (resource timing), and every main-thread task over 4 ms with what it ran, from
 * navigation until every highlight is painted. For seeing what the open waits on, in order.
 *   npx tsx bench/profile-timeline.ts [present=5000] [words=100000]
 * PROFILE_NO_BUILD=1 serves the readable build bench/profile-add.ts or profile-open.ts made.
 */
import { profiledApp } from './profile-setup';
import { traceOpen } from './trace-open';
import { openProbe, readOpenProbe } from './app-probes';
import { fixture, longText } from './app-fixtures';
import { importThroughUi } from './app-cases';

const present = Number(process.argv[2] ?? 5000);
const words = Number(process.argv[3] ?? 100_000);
const { base, browser, server } = await profiledApp();
try {
  const f = await fixture(`bench-profile-${words}-${present}`, longText(words), present, 2);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  await context.addInitScript(openProbe, [
    { name: 'text', selector: '[data-article-body] [data-offset]', min: 1 },
    { name: 'painted', selector: 'mark[data-annotation-id]', min: f.ranges.length },
  ]);
  const page = await context.newPage();
  await importThroughUi(page, base, f.file, 120_000);
  // One warm open (caches as a returning reader has them), then the traced one.
  await page.goto(`${base}/articles/${f.id}`);
  await readOpenProbe(page, ['text', 'painted']);
  await traceOpen(browser, page, `${base}/articles/${f.id}`, ['text', 'painted']);
} finally {
  await browser.close();
  await server.close();
}
