/**
 * Profiles queries typed on /search over the library that bench/profile-library.ts imported
 * (run that first with the same count and port), printing each keystroke's time to results
 * painted, the search worker's share of it (request to reply) and the functions that take the
 * most time (main thread).
 *   npx tsx bench/profile-search.ts [count=10000]
 * PROFILE_SEED=1 seeds the search bench's corpus (articles of about 500 words) into the profile
 * first, as the search rows of corpus-cases.ts do, instead of needing profile-library.ts.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import { serveApp } from './app-cases';
import { generateCorpus, seedDocuments } from './corpus-cases';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}

function printProfile(
  label: string,
  profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] },
): void {
  console.log(label);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    let first = true;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (!f || f.functionName === '(idle)' || f.functionName === '(root)') break;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      if (first) self.set(key, (self.get(key) ?? 0) + dt);
      first = false;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  });
  console.log('self:');
  for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`${t.toFixed(1).padStart(8)} ms  ${k}`);
  console.log('inclusive:');
  for (const [k, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${t.toFixed(1).padStart(8)} ms  ${k}`);
}

const count = Number(process.argv[2] ?? 10_000);
const port = Number(process.env.GLOSS_BENCH_APP_PORT ?? 4213);
const server = await serveApp(port, process.env.PROFILE_NO_BUILD === '1', true);
const context = await chromium.launchPersistentContext(
  join(tmpdir(), `gloss-profile-library-${count}-${port}`),
  {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  },
);
try {
  const base = `http://127.0.0.1:${port}`;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  // The search worker's round trips: each search request's time to its reply.
  await page.addInitScript(`
    window.__workerTimes = [];
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url, options) {
        super(url, options);
        const sent = new Map();
        const post = this.postMessage.bind(this);
        this.postMessage = (message, ...rest) => {
          if (message && message.kind === 'search') sent.set(message.id, performance.now());
          return post(message, ...rest);
        };
        this.addEventListener('message', (event) => {
          const at = sent.get(event.data && event.data.id);
          if (at !== undefined) window.__workerTimes.push(Math.round(performance.now() - at));
        });
      }
    };
  `);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: base,
    storageTypes: 'service_workers,cache_storage',
  });
  await cdp.send('Network.clearBrowserCache');
  if (process.env.PROFILE_SEED) {
    await seedDocuments(page, base, generateCorpus(count, 3_300, 56));
    await page.goto(`${base}/`);
    await page
      .getByText(`${(count + 5).toLocaleString('en')} articles`)
      .first()
      .waitFor();
    await page.waitForTimeout(2_000);
  }
  if (process.env.PROFILE_REINDEX) {
    // The index built again from nothing, with the main thread's tasks over 30 ms printed.
    await page.goto(`${base}/data`);
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const request = indexedDB.deleteDatabase('gloss-search-index');
          request.onsuccess = request.onerror = request.onblocked = resolve;
        }),
    );
    await page.goto(`${base}/data`);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  const started = Date.now();
  await page.goto(`${base}/search?q=minister`);
  const status = page.locator('main p[role="status"]').first();
  for (;;) {
    const text = (await status.textContent({ timeout: 300_000 }).catch(() => '')) ?? '';
    if (/articles?, [\d,]+ notes?\.$/.test(text)) break;
    await page.waitForTimeout(200);
  }
  console.log(`index ready after ${Date.now() - started} ms`);
  console.log(
    'long tasks [start, ms]:',
    JSON.stringify(
      await page.evaluate(() => (window as unknown as { __longTasks: unknown }).__longTasks),
    ),
  );
  if (process.env.PROFILE_REINDEX) {
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    printProfile('indexing (main thread)', profile);
  }
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search articles and notes' });
  await box.fill('');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const times: number[] = [];
  await page.evaluate(
    () => ((window as unknown as { __workerTimes: number[] }).__workerTimes = []),
  );
  for (const key of process.env.PROFILE_KEYS ?? 'kerry syria minis') {
    const ms = await page.evaluate(
      (k) =>
        new Promise<number>((resolve) => {
          const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
          const t0 = performance.now();
          const statusOf = () => document.querySelector('main p[role="status"]')?.textContent ?? '';
          const before = statusOf();
          const check = () => {
            const now = statusOf();
            return (
              !document.body.textContent?.includes('Searching…') && now !== '' && now !== before
            );
          };
          const observer = new MutationObserver(() => {
            if (!check()) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          setTimeout(() => {
            observer.disconnect();
            resolve(-1);
          }, 3000);
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
          setter.call(input, input.value + k);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      key,
    );
    times.push(ms);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  console.log(
    'keystroke → results painted (ms, -1: status unchanged):',
    times.map((t) => t.toFixed(0)).join(' '),
  );
  console.log(
    'worker, search request → reply (ms):',
    (
      await page.evaluate(() => (window as unknown as { __workerTimes: number[] }).__workerTimes)
    ).join(' '),
  );
  printProfile('typing', profile);
} finally {
  await context.close();
  await server.close();
}
