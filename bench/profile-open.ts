/**
 * Profiles opening a long document in the built app (from navigation until every highlight is
 * painted) with the CDP sampling profiler, and prints the milestones, the long tasks and the
 * functions that take the most self time, for finding what dominates the open.
 *   npx tsx bench/profile-open.ts [present=5000] [words=100000]
 * PROFILE_NO_BUILD=1 serves the readable build bench/profile-add.ts made.
 */
import { profiledApp, type TraceEvent, type Profile } from './profile-setup';
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
  await context.addInitScript(() => {
    const w = window as unknown as { __tasks: { start: number; duration: number }[] };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  await importThroughUi(page, base, f.file, 120_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${base}/articles/${f.id}`);
  const { times, longest } = await readOpenProbe(page, ['text', 'painted']);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const tasks = await page.evaluate(
    () => (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks,
  );
  console.log(
    `text ${times.text?.toFixed(0)} ms, painted ${times.painted?.toFixed(0)} ms, longest ${longest.toFixed(0)} ms`,
  );
  console.log(
    `long tasks: ${tasks.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(', ')}`,
  );
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 35))
    console.log(`${t.toFixed(1).padStart(8)} ms  ${key}`);
  // Once more under the tracer: what each long task on the main thread holds.
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'],
  });
  await page.goto(`${base}/articles/${f.id}`);
  const traced = await readOpenProbe(page, ['text', 'painted']);
  const events = (
    JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    }
  ).traceEvents;
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      (e.args as { name?: string } | undefined)?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'),
  );
  const mine = events.filter(
    (e): e is TraceEvent & { ts: number; dur: number } =>
      main !== undefined && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && !!e.dur,
  );
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationTiming')?.ts;
  const t0 = nav ?? Math.min(...mine.map((e) => e.ts));
  console.log(
    `traced: text ${traced.times.text?.toFixed(0)} painted ${traced.times.painted?.toFixed(0)}`,
  );
  for (const task of mine.filter((e) => e.name === 'RunTask' && e.dur > 30_000)) {
    const inner = mine
      .filter(
        (e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 8000,
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
      `task at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(0)} ms — ${inner.slice(0, 10).join(', ')}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
