/**
 * Traces one load of Compare (20 tags) over the views fixture and prints its critical path: on
 * the page's main thread and in each worker, the tasks over PROFILE_TASK_MS (default 8) with what
 * ran inside, the scripts fetched, and the messages between them, in ms from navigation start.
 *   npx tsx bench/profile-compare-trace.ts [articles=10000] [annotations=100000]
 * Uses the kept profile of bench/profile-views.ts (run that first once to seed it).
 * PROFILE_NO_BUILD=1 serves the app as last built (readable: unminified).
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import { serveApp } from './app-cases';
import type { TraceEvent } from './profile-setup';
import {
  LONG_TASKS_SCRIPT,
  compareTagQuery,
  seedViewsFixture,
  shownAfterLoad,
} from './views-cases';

const articles = Number(process.argv[2] ?? 10_000);
const annotations = Number(process.argv[3] ?? 100_000);
const port = Number(process.env.GLOSS_BENCH_APP_PORT ?? 4213);
const taskMs = Number(process.env.PROFILE_TASK_MS ?? 8);
const server = await serveApp(port, process.env.PROFILE_NO_BUILD === '1', true);
const dir = join(tmpdir(), `gloss-profile-views-${articles}-${annotations}-${port}`);
const seeded = join(dir, 'gloss-imported');
const context = await chromium.launchPersistentContext(dir, {
  executablePath: chromiumPath(),
  args: chromiumArgs,
  viewport: { width: 1280, height: 800 },
  serviceWorkers: 'block',
});

type Timed = TraceEvent & { ts: number; dur: number };

function describe(e: TraceEvent): string {
  const d = e.args?.data;
  if (!d) return e.name;
  const url = 'url' in d ? String(d.url).split('/').pop() : '';
  const fn = 'functionName' in d ? String(d.functionName) : '';
  return url || fn ? `${e.name}(${fn}${fn && url ? '@' : ''}${url})` : e.name;
}

async function traced(page: Page, run: () => Promise<number>): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8.execute,toplevel,loading,IndexedDB',
  } as never);
  const shown = await run();
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await done;
  const threads = new Map<string, string>();
  for (const e of events)
    if (e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  // The page's own request opens the timeline (navigation start, as the page's clock counts).
  const request = events.find(
    (e) =>
      e.name === 'ResourceSendRequest' &&
      String(e.args?.data?.url ?? '').includes('/compare?') &&
      String(e.args?.data?.resourceType ?? 'Document') === 'Document',
  );
  const t0 = request?.ts ?? Math.min(...events.map((e) => e.ts ?? Infinity));
  const at = (ts: number) => `${((ts - t0) / 1000).toFixed(0).padStart(5)} ms`;
  const lines: { ts: number; text: string }[] = [];
  const timed = events.filter((e): e is Timed => e.ph === 'X' && !!e.dur && !!e.ts && e.ts >= t0);
  for (const task of timed.filter((e) => e.name === 'RunTask' && e.dur > taskMs * 1000)) {
    const thread = threads.get(`${task.pid}:${task.tid}`) ?? '?';
    if (!/CrRendererMain|Worker/.test(thread)) continue;
    const inner = timed
      .filter(
        (e) =>
          e !== task &&
          e.pid === task.pid &&
          e.tid === task.tid &&
          e.ts >= task.ts &&
          e.ts + e.dur <= task.ts + task.dur &&
          e.dur > 2000 &&
          !/RunTask|OnHandleReady|Receive mojo|MessagePort::Accept|AsyncTask Run/.test(e.name),
      )
      .sort((a, b) => b.dur - a.dur)
      .slice(0, 8)
      .map((e) => `${describe(e)} ${(e.dur / 1000).toFixed(0)}`);
    lines.push({
      ts: task.ts,
      text: `${thread.replace('CrRendererMain', 'main')}: task ${(task.dur / 1000).toFixed(0)} ms — ${inner.join(', ')}`,
    });
  }
  // IndexedDB's own work (in the browser process): which reads wait on which.
  const idb = timed.filter(
    (e) => (e as TraceEvent & { cat?: string }).cat === 'IndexedDB' && e.dur > 5000,
  );
  // Reads begun before the navigation that still run after it (a left page's, or its worker's).
  for (const e of events)
    if (
      (e as TraceEvent & { cat?: string }).cat === 'IndexedDB' &&
      e.ph === 'X' &&
      e.ts !== undefined &&
      e.dur !== undefined &&
      e.ts < t0 &&
      e.ts + e.dur > t0
    )
      lines.push({
        ts: t0,
        text: `IndexedDB ${e.name} begun before, runs ${((e.ts + e.dur - t0) / 1000).toFixed(0)} ms on`,
      });
  for (const e of idb)
    lines.push({ ts: e.ts, text: `IndexedDB ${e.name} ${(e.dur / 1000).toFixed(0)} ms` });
  for (const e of timed)
    if (e.name === 'HandlePostMessage') {
      const thread = threads.get(`${e.pid}:${e.tid}`) ?? '?';
      lines.push({
        ts: e.ts,
        text: `${thread.replace('CrRendererMain', 'main')} receives a message (${(e.dur / 1000).toFixed(0)} ms)`,
      });
    }
  for (const e of events) {
    if (!e.ts || e.ts < t0) continue;
    const d = e.args?.data;
    if (e.name === 'ResourceSendRequest' && d && 'url' in d)
      lines.push({ ts: e.ts, text: `fetch ${String(d.url).split('/').pop()}` });
  }
  lines.push({ ts: t0 + shown * 1000, text: '== first passages shown (page clock) ==' });
  for (const { ts, text } of lines.sort((a, b) => a.ts - b.ts)) console.log(`${at(ts)}  ${text}`);
}

try {
  const base = `http://127.0.0.1:${port}`;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(LONG_TASKS_SCRIPT);
  if (!existsSync(seeded)) {
    await seedViewsFixture(page, base, articles, annotations);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(seeded, new Date().toISOString());
  }
  // Warm once (the HTTP cache and the library snapshot, as a returning user has them).
  await page.goto(`${base}/compare?${compareTagQuery()}`);
  await shownAfterLoad(page, '[aria-label="Passages by article"] li', 120_000);
  // PROFILE_SETTLE_MS: let the warm load's own work end before the traced one starts.
  await page.waitForTimeout(Number(process.env.PROFILE_SETTLE_MS ?? 0));
  await traced(page, async () => {
    await page.goto(`${base}/compare?${compareTagQuery()}`);
    return shownAfterLoad(page, '[aria-label="Passages by article"] li', 120_000);
  });
} finally {
  await context.close();
  await server.close();
}
