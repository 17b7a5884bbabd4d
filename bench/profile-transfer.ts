/**
 * Profiles the transfer rows in the built app (readable build): an import of many annotations
 * through /data (file chosen → preview, Merge → "Imported") and a W3C export of many stored,
 * under the CDP tracer. Prints each long main-thread task with the largest events inside it, and
 * the functions with the most self time on the main thread (sampling profiler), for finding what
 * holds a row back.
 *   npx tsx bench/profile-transfer.ts [import|export|both] [imports=10000] [exports=50000] [native|w3c]
 * PROFILE_NO_BUILD=1 serves the readable build already made.
 */
import type { Page } from '@playwright/test';
import { profiledApp, type Profile, type TraceEvent } from './profile-setup';
import { storeDirectly, transferData, transferFiles, transferProbe } from './app-transfer';

const which = process.argv[2] ?? 'both';
const imports = Number(process.argv[3] ?? 10_000);
const exports = Number(process.argv[4] ?? 50_000);
const kind = (process.argv[5] ?? 'native') as 'native' | 'w3c';
const { base, browser, server } = await profiledApp();

function summarise(events: TraceEvent[], label: string): void {
  const mainThread = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'FunctionCall'),
  );
  const workers = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'DedicatedWorker thread')
    .map((e) => `${e.pid}:${e.tid}`);
  const complete = events.filter(
    (e): e is TraceEvent & { ts: number; dur: number } => e.ph === 'X' && !!e.dur && !!e.ts,
  );
  const on = (pid: number, tid: number) => complete.filter((e) => e.pid === pid && e.tid === tid);
  if (!mainThread) return console.log(`${label}: no main thread found`);
  const mine = on(mainThread.pid, mainThread.tid);
  const t0 = Math.min(...mine.map((e) => e.ts));
  const tasks = mine.filter((e) => e.name === 'RunTask');
  const busy = tasks.reduce((sum, t) => sum + t.dur, 0);
  console.log(
    `\n${label}: main thread ${tasks.length} tasks, busy ${(busy / 1000).toFixed(0)} ms over ${((Math.max(...mine.map((e) => e.ts + e.dur)) - t0) / 1000).toFixed(0)} ms`,
  );
  const byName = new Map<string, number>();
  for (const e of mine.filter(
    (x) => x.name !== 'RunTask' && x.name !== 'ThreadControllerImpl::RunTask',
  ))
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
  console.log(
    `  main-thread event totals (nested, ms): ${[...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 14)
      .map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`)
      .join(', ')}`,
  );
  for (const task of tasks.filter((e) => e.dur > 50_000)) {
    const inner = mine
      .filter(
        (e) =>
          e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 10_000,
      )
      .map((e) => {
        const d = e.args?.data;
        const where =
          d && 'functionName' in d
            ? `(${String(d.functionName ?? '')}@${String(d.url ?? '')
                .split('/')
                .pop()}:${String(d.lineNumber ?? '')})`
            : d && 'type' in d
              ? `(${String(d.type)})`
              : '';
        return `${e.name}${where} ${(e.dur / 1000).toFixed(0)}`;
      });
    console.log(
      `  task at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(0)} ms — ${inner.slice(0, 8).join(', ')}`,
    );
  }
  for (const key of workers) {
    const [pid, tid] = key.split(':').map(Number) as [number, number];
    const w = on(pid, tid).filter(
      (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask',
    );
    if (w.length === 0) continue;
    const start = Math.min(...w.map((e) => e.ts));
    const end = Math.max(...w.map((e) => e.ts + e.dur));
    console.log(
      `  worker ${key}: busy ${(w.reduce((s, e) => s + e.dur, 0) / 1000).toFixed(0)} ms, from ${((start - t0) / 1000).toFixed(0)} to ${((end - t0) / 1000).toFixed(0)} ms`,
    );
  }
}

function selfTimes(profile: Profile, top = 25): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${t.toFixed(1).padStart(8)} ms  ${key}`);
}

async function traced<T>(page: Page, label: string, body: () => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'],
  });
  const result = await body();
  const events = (
    JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
  ).traceEvents;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  summarise(events, label);
  console.log(`  main-thread self time (sampled):`);
  selfTimes(profile);
  return result;
}

const probe = (page: Page) =>
  page.evaluate(() => {
    const t = (window as unknown as { __transfer: { tasks: number[] } }).__transfer;
    return { longest: Math.max(0, ...t.tasks), count: t.tasks.length };
  });

try {
  if (which !== 'export') {
    const files = await transferFiles(imports);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
    await context.addInitScript(transferProbe);
    const page = await context.newPage();
    await page.goto(`${base}/data`);
    await page.getByLabel('Import file').waitFor();
    await traced(page, `import ${imports} (${kind}): choose → preview`, async () => {
      const t = Date.now();
      await page.getByLabel('Import file').setInputFiles(files[kind]);
      await page.getByText('Preview of').waitFor({ timeout: 120_000 });
      console.log(`preview after ${Date.now() - t} ms (wall, includes tracing overhead)`);
    });
    console.log(`  long tasks: ${JSON.stringify(await probe(page))}`);
    await page.evaluate(() =>
      (window as unknown as { __transfer: { reset(): void } }).__transfer.reset(),
    );
    await traced(page, `import ${imports} (${kind}): Merge → Imported`, async () => {
      const t = Date.now();
      await page.getByRole('button', { name: 'Merge', exact: true }).click();
      await page.getByText('Imported ').waitFor({ timeout: 120_000 });
      console.log(`imported after ${Date.now() - t} ms (wall, includes tracing overhead)`);
    });
    console.log(`  long tasks: ${JSON.stringify(await probe(page))}`);
    await context.close();
  }
  if (which !== 'import') {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
    await context.addInitScript(transferProbe);
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.text().startsWith('TIMING')) console.log(m.text());
    });
    await page.goto(`${base}/data`);
    await page.getByRole('button', { name: 'Download W3C JSON-LD' }).waitFor();
    await storeDirectly(page, await transferData(exports));
    await page.goto(`${base}/data`);
    await page.getByRole('button', { name: 'Download W3C JSON-LD' }).waitFor();
    await page.waitForTimeout(500);
    await page.evaluate(() =>
      (window as unknown as { __transfer: { reset(): void } }).__transfer.reset(),
    );
    await traced(page, `export ${exports} W3C`, async () => {
      const t = Date.now();
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByRole('button', { name: 'Download W3C JSON-LD' }).click();
      await page.getByText(/Saved .*\.jsonld/).waitFor({ timeout: 120_000 });
      console.log(`saved after ${Date.now() - t} ms (wall, includes tracing overhead)`);
      await download;
    });
    console.log(`  long tasks: ${JSON.stringify(await probe(page))}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
