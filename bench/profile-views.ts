/**
 * Measures the views at scale (views-cases.ts) in a browser profile kept in the OS temp folder,
 * so the corpus is imported once per size and the views can be measured again and again:
 *   npx tsx bench/profile-views.ts [articles=10000] [annotations=100000]
 * PROFILE_NO_BUILD=1 serves the app as last built; PROFILE_AGREEMENT=0 leaves the report out;
 * PROFILE_ONLY=agreement measures the agreement report alone.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import { serveApp } from './app-cases';
import { LONG_TASKS_SCRIPT, measureViews, seedViewsFixture } from './views-cases';

const articles = Number(process.argv[2] ?? 10_000);
const annotations = Number(process.argv[3] ?? 100_000);
const port = Number(process.env.GLOSS_BENCH_APP_PORT ?? 4213);
const server = await serveApp(port, process.env.PROFILE_NO_BUILD === '1');
const dir = join(
  tmpdir(),
  `gloss-profile-views-${articles}-${annotations}-${port}${process.env.GLOSS_BENCH_APP_DIST ? '-other' : ''}`,
);
const imported = join(dir, 'gloss-imported');
const context = await chromium.launchPersistentContext(dir, {
  executablePath: chromiumPath(),
  args: chromiumArgs,
  viewport: { width: 1280, height: 800 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(LONG_TASKS_SCRIPT);
  if (!existsSync(imported)) {
    await seedViewsFixture(page, `http://127.0.0.1:${port}`, articles, annotations);
    writeFileSync(imported, new Date().toISOString());
  }
  // A kept profile keeps the service worker of the build it last saw: forget it, so the build
  // served now is the one measured.
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(async () => {
    for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
    for (const key of await caches.keys()) await caches.delete(key);
  });
  for (const row of await measureViews(page, `http://127.0.0.1:${port}`, articles, annotations, {
    agreement: process.env.PROFILE_AGREEMENT !== '0',
    ...(process.env.PROFILE_ONLY === 'agreement' ? { only: 'agreement' as const } : {}),
  }))
    console.log(`${row.case}: ${row.measured} (target ${row.target}${row.met ? ', met' : ''})`);
} finally {
  await context.close();
  await server.close();
}
