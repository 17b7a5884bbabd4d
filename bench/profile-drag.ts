/**
 * Traces dragging a selection over three words in the built app with highlights present (the
 * "longest task while dragging" row: from before the drag's scroll into view until 150 ms after
 * mouse up) and prints every main-thread task over 4 ms with what it ran.
 *   npx tsx bench/profile-drag.ts [present=5000] [words=100000]
 * PROFILE_NO_BUILD=1 serves the readable build the other profilers made.
 */
import { profiledApp, type TraceEvent } from './profile-setup';
import { dragSelect, openProbe, readOpenProbe, startTaskGaps, stopTaskGaps } from './app-probes';
import { fixture, longText } from './app-fixtures';
import { importThroughUi } from './app-cases';

const present = Number(process.argv[2] ?? 5000);
const words = Number(process.argv[3] ?? 100_000);
const { base, browser, server } = await profiledApp();
try {
  const f = await fixture(`bench-profile-${words}-${present}`, longText(words), present, 6);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  await context.addInitScript(openProbe, [
    { name: 'painted', selector: 'mark[data-annotation-id]', min: f.ranges.length },
  ]);
  const page = await context.newPage();
  await importThroughUi(page, base, f.file, 120_000);
  await page.goto(`${base}/articles/${f.id}`);
  await readOpenProbe(page, ['painted']);
  for (const target of f.targets.slice(1, 6)) {
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    await startTaskGaps(page);
    await dragSelect(page, '[data-article-body]', target.start, target.end);
    await page.waitForTimeout(150);
    const gap = await stopTaskGaps(page);
    const events = (
      JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
    ).traceEvents;
    await page.keyboard.press('Escape');
    const main = events.find(
      (e) =>
        e.name === 'thread_name' &&
        e.args?.name === 'CrRendererMain' &&
        events.some((x) => x.pid === e.pid && x.name === 'EventDispatch'),
    );
    const mine = events.filter(
      (e): e is TraceEvent & { ts: number; dur: number } =>
        main !== undefined && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && !!e.dur,
    );
    const t0 = Math.min(...mine.map((e) => e.ts));
    console.log(`drag: longest gap ${gap.toFixed(1)} ms`);
    for (const task of mine.filter((e) => e.name === 'RunTask' && e.dur > 4000)) {
      const inner = mine
        .filter(
          (e) =>
            e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 1000,
        )
        .map((e) => {
          const d = e.args?.data;
          const where =
            d && 'functionName' in d
              ? `(${String(d.functionName)}@${String(d.url).split('/').pop()}:${String(d.lineNumber)})`
              : d && 'type' in d
                ? `(${String(d.type)})`
                : '';
          return `${e.name}${where} ${(e.dur / 1000).toFixed(1)}`;
        });
      console.log(
        `  ${((task.ts - t0) / 1000).toFixed(0).padStart(5)} ms +${(task.dur / 1000).toFixed(1)}: ${inner.slice(0, 10).join(', ')}`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
