/**
 * The open of a long document in the built app as a timeline: when each script and request
 * finished (resource timing), and every main-thread task over 4 ms with what it ran, from
 * navigation until every highlight is painted. For seeing what the open waits on, in order.
 *   npx tsx bench/profile-timeline.ts [present=5000] [words=100000]
 * PROFILE_NO_BUILD=1 serves the readable build bench/profile-add.ts or profile-open.ts made.
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
  const page = await context.newPage();
  await importThroughUi(page, base, f.file, 120_000);
  // One warm open (caches as a returning reader has them), then the traced one.
  await page.goto(`${base}/articles/${f.id}`);
  await readOpenProbe(page, ['text', 'painted']);
  // The sampling profiler beside the tracer: what ran inside each long task, by function.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
  });
  await page.goto(`${base}/articles/${f.id}`);
  const traced = await readOpenProbe(page, ['text', 'painted']);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const sampleTimes: number[] = [];
  let clock = profile.startTime;
  for (const dt of profile.timeDeltas) sampleTimes.push((clock += dt));
  /** Self time by function of the samples in [from, to] (trace clock, µs). */
  const within = (from: number, to: number) => {
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const t = sampleTimes[i] ?? 0;
      if (t < from || t > to) return;
      const frame = nodeById.get(id)?.callFrame;
      if (!frame || frame.functionName === '(idle)') return;
      const key = `${frame.functionName || '(anonymous)'}@${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 200) / 1000);
    });
    return [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, ms]) => `${k} ${ms.toFixed(1)}`)
      .join(', ');
  };
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
    if (task.dur > 30_000) console.log(`         self: ${within(task.ts, task.ts + task.dur)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
