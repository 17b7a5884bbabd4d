/**
 * The open of a long document in the built app as a timeline: when each script and request
 * finished (resource timing), and every main-thread task over 4 ms with what it ran, from
 * navigation until every highlight is painted. For seeing what the open waits on, in order.
 *   npx tsx bench/profile-timeline.ts [present=5000] [words=100000]
 * PROFILE_NO_BUILD=1 serves the readable build bench/profile-add.ts or profile-open.ts made.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import { serveApp } from './app-cases';
import { openProbe, readOpenProbe } from './app-probes';
import { fixture, longText } from './app-fixtures';

interface TraceEvent {
  name: string;
  ph: string;
  ts?: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

const present = Number(process.argv[2] ?? 5000);
const words = Number(process.argv[3] ?? 100_000);
const port = Number(process.env.GLOSS_BENCH_APP_PORT ?? 4213);
const server = await serveApp(port, process.env.PROFILE_NO_BUILD === '1', true);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const base = `http://127.0.0.1:${port}`;
  const f = await fixture(`bench-profile-${words}-${present}`, longText(words), present, 2);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  await context.addInitScript(openProbe, [
    { name: 'text', selector: '[data-article-body] [data-offset]', min: 1 },
    { name: 'painted', selector: 'mark[data-annotation-id]', min: f.ranges.length },
  ]);
  const page = await context.newPage();
  await page.goto(`${base}/data`);
  await page.getByLabel('Import file').setInputFiles(f.file);
  await page.getByRole('button', { name: 'Merge' }).click();
  await page
    .getByText(/imported|added|merged/i)
    .first()
    .waitFor({ timeout: 120_000 });
  // One warm open (caches as a returning reader has them), then the traced one.
  await page.goto(`${base}/articles/${f.id}`);
  await readOpenProbe(page, ['text', 'painted']);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
  });
  await page.goto(`${base}/articles/${f.id}`);
  const traced = await readOpenProbe(page, ['text', 'painted']);
  const resources = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e as PerformanceResourceTiming)
      .map(
        (e) => `${e.name.split('/').pop()} ${e.startTime.toFixed(0)}→${e.responseEnd.toFixed(0)}`,
      ),
  );
  const events = (
    JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
  ).traceEvents;
  console.log(
    `text ${traced.times.text?.toFixed(0)} ms, painted ${traced.times.painted?.toFixed(0)} ms`,
  );
  console.log(`resources: ${resources.join(', ')}`);
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'),
  );
  const mine = events.filter(
    (e): e is TraceEvent & { ts: number; dur: number } =>
      main !== undefined && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && !!e.dur,
  );
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === main?.pid)?.ts;
  const t0 = nav ?? Math.min(...mine.map((e) => e.ts));
  const end = t0 + (traced.times.painted ?? 0) * 1000;
  for (const task of mine.filter((e) => e.name === 'RunTask' && e.dur > 4000 && e.ts < end)) {
    const inner = mine
      .filter(
        (e) =>
          e !== task &&
          e.ts >= task.ts &&
          e.ts + e.dur <= task.ts + task.dur &&
          e.dur > 2000 &&
          [
            'FunctionCall',
            'EvaluateScript',
            'v8.evaluateModule',
            'MinorGC',
            'MajorGC',
            'Layout',
            'UpdateLayoutTree',
            'Paint',
            'ParseHTML',
            'TimerFire',
            'FireAnimationFrame',
          ].includes(e.name),
      )
      .map((e) => {
        const d = e.args?.data;
        const where =
          d && 'url' in d
            ? `(${String(d.functionName ?? '')}@${String(d.url).split('/').pop()}:${String(d.lineNumber ?? '')})`
            : '';
        return `${e.name}${where} ${(e.dur / 1000).toFixed(0)}`;
      });
    console.log(
      `${((task.ts - t0) / 1000).toFixed(0).padStart(6)} ms +${(task.dur / 1000).toFixed(0).padStart(4)}: ${inner.slice(0, 6).join(', ')}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
