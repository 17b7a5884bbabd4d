/**
 * Profiles the library's first paint, a filter keystroke and a facet click with many articles in
 * the built app (CDP sampling profiler), printing the functions that take the most time.
 *   npx tsx bench/profile-library.ts [count=10000]
 * Keeps its browser profile in the OS temp folder, so the corpus is imported once per count.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import { serveApp } from './app-cases';
import { corpusBackup, corpusCsv, generateCorpus, tempFile } from './corpus-cases';
import { writeFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const count = Number(process.argv[2] ?? 10_000);
const port = Number(process.env.GLOSS_BENCH_APP_PORT ?? 4213);
const server = await serveApp(port, process.env.PROFILE_NO_BUILD === '1', true);
const dir = join(tmpdir(), `gloss-profile-library-${count}-${port}`);
const fresh = !existsSync(dir);
const context = await chromium.launchPersistentContext(dir, {
  executablePath: chromiumPath(),
  args: chromiumArgs,
  viewport: { width: 1280, height: 800 },
  // The kept profile would otherwise run the app its service worker cached on an earlier run.
  serviceWorkers: 'block',
});

async function profiled(cdp: CDPSession, label: string, run: () => Promise<void>) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await run();
  const wall = Date.now() - started;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (functionName !== '(idle)') total += dt;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  console.log(`\n${label}: ${wall} ms wall, ${total.toFixed(0)} ms busy`);
  for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${t.toFixed(1).padStart(8)} ms  ${key}`);
  // Inclusive time (PROFILE_TOTAL=1): each function with everything it called.
  if (process.env.PROFILE_TOTAL) {
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const inclusive = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at)?.callFrame;
        if (!f || f.functionName === '(idle)' || f.functionName === '(root)') continue;
        const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
      }
    });
    console.log('  inclusive:');
    for (const [key, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 45))
      console.log(`${t.toFixed(1).padStart(8)} ms  ${key}`);
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** Traces `run` and prints the main thread's tasks over 8 ms, with what ran inside them. */
async function traced(browser: unknown, page: Page, label: string, run: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8.execute',
  } as never);
  await run();
  await cdp.send('Tracing.end');
  await done;
  void browser;
  const mainIds = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`);
  const mine = events.filter(
    (e) => mainIds.includes(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur,
  ) as (TraceEvent & { dur: number })[];
  const nav = events.find((e) => e.name === 'navigationStart');
  const t0 = nav?.ts ?? Math.min(...mine.map((e) => e.ts));
  console.log(`\n${label}`);
  for (const task of mine.filter(
    (e) => e.name === 'RunTask' && e.dur > Number(process.env.PROFILE_TASK_MS ?? 8) * 1000,
  )) {
    const inner = mine
      .filter(
        (e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 2000,
      )
      .map((e) => {
        const d = e.args?.data;
        const fn =
          d && 'functionName' in d
            ? `(${String(d.functionName)}@${String(d.url).split('/').pop()})`
            : d && 'url' in d
              ? `(${String(d.url).split('/').pop()})`
              : '';
        return `${e.name}${fn} ${(e.dur / 1000).toFixed(1)}`;
      });
    console.log(
      `  at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(1)} ms — ${inner.slice(0, 10).join(', ')}`,
    );
  }
}

const firstList = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () => {
          if (!document.querySelector('[aria-label="Articles"] a')) return false;
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
          return true;
        };
        if (check()) return;
        const observer = new MutationObserver(() => {
          if (check()) observer.disconnect();
        });
        observer.observe(document.body, { childList: true, subtree: true });
      }),
  );

try {
  const base = `http://127.0.0.1:${port}`;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  if (fresh) {
    const file = join(dir, '..', `gloss-library-${count}.json`);
    writeFileSync(file, await corpusBackup(generateCorpus(count, 500, 34)));
    await page.goto(`${base}/data`);
    await page.getByLabel('Import file').setInputFiles(file);
    await page.getByRole('button', { name: 'Merge' }).click({ timeout: 300_000 });
    await page
      .getByText(/imported|added|merged/i)
      .first()
      .waitFor({ timeout: 300_000 });
    console.log('imported');
  }
  if (process.env.PROFILE_IMPORT) {
    // PROFILE_IMPORT=n: a CSV of n articles through "Import articles", the write traced.
    const n = Number(process.env.PROFILE_IMPORT);
    const file = tempFile(`corpus-${n}.csv`, corpusCsv(generateCorpus(n, 5_300, 99)));
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Import articles' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    await dialog.getByLabel('Files').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByRole('combobox', { name: 'Outlet' }).waitFor();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByRole('button', { name: 'Import', exact: true }).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(500);
    await traced(null, page, `import ${n} CSV articles (traced)`, async () => {
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByText(/^Imported [\d,]+ articles\./).waitFor({ timeout: 180_000 });
      await page.waitForTimeout(300);
    });
    process.exit(0);
  }
  const cdp = await context.newCDPSession(page);
  // The app as built now, not as an earlier run's service worker or HTTP cache kept it.
  await cdp.send('Storage.clearDataForOrigin', {
    origin: base,
    storageTypes: 'service_workers,cache_storage',
  });
  await cdp.send('Network.clearBrowserCache');
  await page.goto(`${base}/data`);
  await traced(context.browser(), page, 'first paint (traced)', async () => {
    await page.goto(`${base}/`);
    console.log(`painted at ${(await firstList(page)).toFixed(0)} ms after navigation`);
  });
  for (let i = 0; i < 2; i++) {
    await page.goto(`${base}/about:blank`).catch(() => undefined);
    await profiled(cdp, `first paint ${i}`, async () => {
      await page.goto(`${base}/`);
      console.log(`painted at ${(await firstList(page)).toFixed(0)} ms after navigation`);
    });
  }
  await page
    .getByText(`${(count + 5).toLocaleString('en')} articles`)
    .first()
    .waitFor();
  await page.waitForTimeout(1000);
  const box = page.getByRole('searchbox', { name: 'Filter articles' });
  await box.focus();
  await profiled(cdp, 'keystrokes "lav"', async () => {
    for (const key of 'lav') {
      await page.keyboard.press(key);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    }
  });
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.waitForTimeout(500);
  const facet = page.getByRole('region', { name: 'Outlet' }).getByRole('button').first();
  await traced(null, page, 'facet click (traced)', async () => {
    await facet.click();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  });
  await traced(null, page, 'keystroke (traced)', async () => {
    await box.focus();
    await page.keyboard.press('k');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  });
  await page.keyboard.press('Backspace');
  await profiled(cdp, 'facet click ×2', async () => {
    for (let i = 0; i < 2; i++) {
      await facet.click();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    }
  });
} finally {
  await context.close();
  await server.close();
}
