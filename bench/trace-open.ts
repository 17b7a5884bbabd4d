/**
 * A traced page open for the profilers: navigates to a URL with Chromium's tracer and the
 * sampling profiler running, waits for the open probe's milestones, then prints when each
 * script and request finished (resource timing) and every main-thread task over 4 ms with what
 * it ran, up to the last milestone. For seeing what an open waits on, in order.
 */
import type { Browser, Page } from '@playwright/test';
import { readOpenProbe } from './app-probes';
import type { Profile, TraceEvent } from './profile-setup';

const INNER = [
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
];

/**
 * Opens `url` in `page` (whose context has the open probe installed for `milestones`) traced,
 * and prints the timeline up to the last of them. Returns the milestones' times.
 */
export async function traceOpen(
  browser: Browser,
  page: Page,
  url: string,
  milestones: readonly string[],
): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
  });
  await page.goto(url);
  const traced = await readOpenProbe(page, [...milestones]);
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
  const navigation = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const at = (v: number) => v.toFixed(0);
    return `worker start ${at(n.workerStart)}, fetch ${at(n.fetchStart)}, request ${at(n.requestStart)}, response ${at(n.responseStart)}→${at(n.responseEnd)}, DOM interactive ${at(n.domInteractive)}, DOMContentLoaded ${at(n.domContentLoadedEventEnd)}`;
  });
  const events = (
    JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
  ).traceEvents;
  console.log(milestones.map((m) => `${m} ${traced.times[m]?.toFixed(0)} ms`).join(', '));
  console.log(`navigation: ${navigation}`);
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
  const last = Math.max(...milestones.map((m) => traced.times[m] ?? 0));
  const end = t0 + last * 1000;
  for (const task of mine.filter((e) => e.name === 'RunTask' && e.dur > 4000 && e.ts < end)) {
    const inner = mine
      .filter(
        (e) =>
          e !== task &&
          e.ts >= task.ts &&
          e.ts + e.dur <= task.ts + task.dur &&
          e.dur > 2000 &&
          (process.env.PROFILE_ALL_EVENTS === '1' || INNER.includes(e.name)),
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
  return traced.times;
}
