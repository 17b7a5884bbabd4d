/**
 * Profiles "select three words, press h" in the built app with the CDP sampling profiler and
 * prints the functions that take the most time (self and total), for finding what dominates.
 *   npx tsx bench/profile-add.ts [present=5000] [words=100000]
 * Serves the build in node_modules/.cache/gloss-app-bench (npm run bench builds it).
 */
import { profiledApp, type Profile } from './profile-setup';
import { armKeyToPaint, dragSelect, openProbe, readKeyToPaint, readOpenProbe } from './app-probes';
import { fixture, longText } from './app-fixtures';
import { importThroughUi } from './app-cases';

const present = Number(process.argv[2] ?? 5000);
const words = Number(process.argv[3] ?? 100_000);
const { base, browser, server } = await profiledApp();
try {
  const f = await fixture(`bench-profile-${words}-${present}`, longText(words), present, 6);
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    bypassCSP: Boolean(process.env.PROFILE_CSS),
  });
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  await context.addInitScript(openProbe, [
    { name: 'painted', selector: 'mark[data-annotation-id]', min: f.ranges.length },
  ]);
  const page = await context.newPage();
  await importThroughUi(page, base, f.file, 120_000);
  await page.goto(`${base}/articles/${f.id}`);
  await readOpenProbe(page, ['painted']);
  if (process.env.PROFILE_CSS) await page.addStyleTag({ content: process.env.PROFILE_CSS });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const times: number[] = [];
  const self = new Map<string, number>();
  let total = 0;
  for (const target of f.targets.slice(1, 6)) {
    await dragSelect(page, '[data-article-body]', target.start, target.end);
    await page.waitForTimeout(200);
    await armKeyToPaint(page, 'mark[data-annotation-id]');
    await cdp.send('Profiler.start');
    await page.keyboard.press('h');
    times.push(await readKeyToPaint(page));
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    await page.keyboard.press('Escape');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      if (!node) return;
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}:${columnNumber}`;
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      total += dt;
      self.set(key, (self.get(key) ?? 0) + dt);
    });
  }
  // One more sample under the tracer: where the native time goes (style, layout, paint).
  const last = f.targets[0];
  if (last) {
    await dragSelect(page, '[data-article-body]', last.start, last.end);
    await page.waitForTimeout(200);
    await armKeyToPaint(page, 'mark[data-annotation-id]');
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'],
    });
    await page.keyboard.press('h');
    const traced = await readKeyToPaint(page);
    const buffer = await browser.stopTracing();
    const events = (
      JSON.parse(buffer.toString()) as {
        traceEvents: {
          name: string;
          ph: string;
          dur?: number;
          pid: number;
          tid: number;
          args?: {
            data?: Record<string, unknown>;
            beginData?: Record<string, unknown>;
            elementCount?: number;
          };
        }[];
      }
    ).traceEvents;
    const main = events.find(
      (e) =>
        e.name === 'thread_name' &&
        (e.args as { name?: string } | undefined)?.name === 'CrRendererMain' &&
        events.some((x) => x.pid === e.pid && x.name === 'EventDispatch'),
    );
    const durations = new Map<string, { n: number; ms: number }>();
    for (const e of events) {
      if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
      const d = durations.get(e.name) ?? { n: 0, ms: 0 };
      d.n += 1;
      d.ms += e.dur / 1000;
      durations.set(e.name, d);
      if ((e.name === 'UpdateLayoutTree' || e.name === 'Layout') && e.dur > 5000)
        console.log(
          `  ${e.name} ${(e.dur / 1000).toFixed(1)} ms ${JSON.stringify(e.args).slice(0, 300)}`,
        );
    }
    const mine = events
      .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
      .map((e) => e as typeof e & { ts: number; dur: number });
    const t0 = Math.min(...mine.map((e) => e.ts));
    for (const task of mine.filter((e) => e.name === 'RunTask' && e.dur > 3000)) {
      const inner = mine
        .filter(
          (e) =>
            e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 1500,
        )
        .map(
          (e) =>
            `${e.name}${e.args?.data && 'functionName' in e.args.data ? `(${String(e.args.data.functionName)}@${String(e.args.data.url).split('/').pop()}:${String(e.args.data.lineNumber)})` : ''} ${(e.dur / 1000).toFixed(1)}`,
        );
      console.log(
        `task at ${((task.ts - t0) / 1000).toFixed(1)} ms: ${(task.dur / 1000).toFixed(1)} ms — ${inner.slice(0, 12).join(', ')}`,
      );
    }
    console.log(`traced sample ${traced.toFixed(0)} ms; main-thread events:`);
    for (const [name, d] of [...durations].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20))
      console.log(`${d.ms.toFixed(1).padStart(8)} ms  ${String(d.n).padStart(4)}×  ${name}`);
  }
  console.log(`select + h, ${present} present: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  console.log(`self time over ${times.length} samples (${total.toFixed(0)} ms sampled):`);
  for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${t.toFixed(1).padStart(8)} ms  ${key}`);
} finally {
  await browser.close();
  await server.close();
}
