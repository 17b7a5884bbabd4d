/**
 * Profiles /annotations over the views fixture (views-cases.ts) in the browser profile that
 * bench/profile-views.ts keeps (run that first; same sizes and port): when the page showed what,
 * the main thread's long tasks, and the functions that took the most time (CDP sampling profiler).
 *   npx tsx bench/profile-annotations.ts [articles=10000] [annotations=100000] [query]
 * PROFILE_NO_BUILD=1 serves the app as last built.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import { serveApp } from './app-cases';
import type { Profile } from './profile-setup';
import { LONG_TASKS_SCRIPT } from './views-cases';

const articles = Number(process.argv[2] ?? 10_000);
const annotations = Number(process.argv[3] ?? 100_000);
const search = process.argv[4] ?? '';
const port = Number(process.env.GLOSS_BENCH_APP_PORT ?? 4213);
const dir = join(tmpdir(), `gloss-profile-views-${articles}-${annotations}-${port}`);
if (!existsSync(join(dir, 'gloss-imported')))
  throw new Error(`No fixture in ${dir}: run bench/profile-views.ts with the same sizes first.`);
const server = await serveApp(port, process.env.PROFILE_NO_BUILD === '1', true);
const context = await chromium.launchPersistentContext(dir, {
  executablePath: chromiumPath(),
  args: chromiumArgs,
  viewport: { width: 1280, height: 800 },
});

/** In the page: when each of these first showed, after navigation start. */
const MILESTONES = `
  window.__shown = {};
  const marks = {
    'loading': () => document.body && document.body.textContent.includes('Loading annotations'),
    'summary': () => /\\d annotation/.test(document.querySelector('main [role="status"]')?.textContent ?? ''),
    'first card': () => !!document.querySelector('[aria-label="Matching annotations"] article'),
  };
  // The list worker's messages, both ways, by time.
  window.__worker = [];
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      if (options?.name !== 'gloss-annotation-list') return;
      window.__worker.push(['start', performance.now()]);
      this.addEventListener('message', (e) => window.__worker.push(['got ' + e.data.type + (e.data.matching === null ? ' (first)' : ''), performance.now()]));
    }
    postMessage(message, ...rest) {
      window.__worker?.push(['sent ' + message.type, performance.now()]);
      return super.postMessage(message, ...rest);
    }
  };
  new MutationObserver(() => {
    for (const [name, seen] of Object.entries(marks))
      if (!(name in window.__shown) && seen()) window.__shown[name] = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;

try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(LONG_TASKS_SCRIPT);
  await page.addInitScript(MILESTONES);
  const cdp = await context.newCDPSession(page);
  await page.goto(`http://127.0.0.1:${port}/`);
  // A kept profile keeps the service worker and the cache of the build it last saw.
  await page.evaluate(async () => {
    for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
    for (const key of await caches.keys()) await caches.delete(key);
  });
  await cdp.send('Network.clearBrowserCache');
  for (let round = 0; round < 2; round++) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await page.goto(`http://127.0.0.1:${port}/annotations${search}`);
    // Polled from here, not by a locator: its queries would be in the profile.
    for (let waited = 0; waited < 120_000; waited += 500) {
      await page.waitForTimeout(500);
      const shown = await page.evaluate(
        () => 'first card' in (window as unknown as { __shown: object }).__shown,
      );
      if (shown) break;
    }
    await page.waitForTimeout(2000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const shown = await page.evaluate(
      () => (window as unknown as { __shown: Record<string, number> }).__shown,
    );
    const tasks = await page.evaluate(() =>
      (window as unknown as { __longTasks: number[] }).__longTasks.map(Math.round),
    );
    console.log(
      `\nround ${round}:`,
      JSON.stringify(shown, (_, v: unknown) => (typeof v === 'number' ? Math.round(v) : v)),
    );
    console.log('long tasks (ms):', tasks.join(', '));
    const worker = await page.evaluate(
      () => (window as unknown as { __worker: [string, number][] }).__worker,
    );
    console.log('worker:', worker.map(([what, at]) => `${what} @${Math.round(at)}`).join(', '));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id)?.callFrame;
      if (!frame || frame.functionName === '(idle)') return;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
      console.log(`${t.toFixed(1).padStart(8)} ms  ${key}`);
    // Inclusive time: what called the busy functions.
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const inclusive = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at)?.callFrame;
        if (!f || f.functionName === '(idle)' || f.functionName === '(root)') continue;
        const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      }
    });
    console.log('  inclusive:');
    for (const [key, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`${t.toFixed(1).padStart(8)} ms  ${key}`);
  }
} finally {
  await context.close();
  await server.close();
}
