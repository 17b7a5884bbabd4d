/**
 * The headline cases: the built app (vite preview of `vite build`) in headless Chromium, from a
 * real input event or navigation to the frame that shows its result, with the data put in
 * through the app's own import (a native backup chosen with "Import file", then "Merge").
 * Beside Gloss run, on the same text, paragraphs (<p data-offset>, nothing between them) and
 * highlights: the Recogito peer (bench/peer.ts, `setAnnotations` in one call) and the floor (the
 * CSS Custom Highlight API, the least a browser can do). Every implementation is timed by the
 * same probe (bench/app-probes.ts), and samples interleave: Gloss, Recogito, floor, Gloss…
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { build, preview } from 'vite';
import {
  armKeyToPaint,
  dragSelect,
  openProbe,
  readKeyToPaint,
  readOpenProbe,
  scrollToEnd,
  startTaskGaps,
  stopTaskGaps,
  type Milestone,
} from './app-probes';
import { fixture, floorHtml, longText, peerData, seedText, type Fixture } from './app-fixtures';

const root = fileURLToPath(new URL('..', import.meta.url));
const appOutDir = join(root, 'node_modules/.cache/gloss-app-bench');

/**
 * Serves the built app; builds it first unless told not to. GLOSS_BENCH_APP_DIST serves another
 * build instead (to compare two versions of the app on one machine).
 */
export async function serveApp(port: number, skipBuild: boolean, readable = false) {
  const outDir =
    process.env.GLOSS_BENCH_APP_DIST ?? (readable ? `${appOutDir}-readable` : appOutDir);
  if (!skipBuild && !process.env.GLOSS_BENCH_APP_DIST) {
    // As `npm run build` does first (prebuild): the bundled corpus's manifest.
    await import('../scripts/build-manifest');
    await build({
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      // readable: unminified, so a profile names the functions (bench/profile-add.ts).
      build: { outDir, emptyOutDir: true, ...(readable ? { minify: false } : {}) },
    });
  }
  return preview({
    configFile: join(root, 'vite.config.ts'),
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
}

/** Imports the fixture through /data: "Import file", then "Merge", as a user would. */
export async function importThroughUi(
  page: Page,
  base: string,
  file: string,
  timeout = 60_000,
): Promise<void> {
  await page.goto(`${base}/data`);
  await page.getByLabel('Import file').setInputFiles(file);
  await page.getByRole('button', { name: 'Merge' }).click();
  await page
    .getByText(/imported|added|merged/i)
    .first()
    .waitFor({ timeout });
}

export type Impl = 'gloss' | 'recogito' | 'floor';

/** One row of the headline table: samples per implementation (null: does not apply). */
export interface AppRow {
  case: string;
  target: string;
  unit: 'ms';
  values: Record<Impl, number[] | null>;
  /** Whether Gloss meets the row's target, given the three medians. */
  pass: boolean;
  notes: string;
}

/** How each implementation shows its text and its highlights, for the probes. */
const shape: Record<Impl, { text: string; marks: string; added: string; container: string }> = {
  gloss: {
    container: '[data-article-body]',
    text: '[data-article-body] [data-offset]',
    marks: 'mark[data-annotation-id]',
    added: 'mark[data-annotation-id]',
  },
  // The SPANS renderer draws the highlights in view as spans over the text.
  recogito: {
    container: '#text',
    text: '#text [data-offset]',
    marks: '.r6o-span-highlight-layer .r6o-annotation',
    added: '.r6o-span-highlight-layer .r6o-annotation',
  },
  floor: {
    container: '#text',
    text: '#text [data-offset]',
    marks: '#painted i',
    added: '#count i',
  },
};

// tsx names functions with a helper the page does not have; evaluated code may need it.
const keepNames = 'globalThis.__name = globalThis.__name || ((f) => f);';

interface Session {
  impl: Impl;
  context: BrowserContext;
  page: Page;
  url: string;
}

/** Each implementation in its own context with the open probe installed for its shape. */
async function session(
  browser: Browser,
  impl: Impl,
  f: Fixture,
  app: string,
  bench: string,
  extra: (impl: Impl) => Milestone[] = () => [],
): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(keepNames);
  // Gloss paints a mark per highlight; Recogito what is in view; the floor all at once.
  const all = impl === 'gloss' ? f.ranges.length : 1;
  const milestones: Milestone[] = [
    { name: 'text', selector: shape[impl].text, min: 1 },
    { name: 'painted', selector: shape[impl].marks, min: all },
    ...extra(impl),
  ];
  await context.addInitScript(openProbe, milestones);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`${impl} page error: ${error.message}`));
  let url: string;
  if (impl === 'gloss') {
    await importThroughUi(page, app, f.file);
    url = `${app}/articles/${encodeURIComponent(f.id)}`;
  } else if (impl === 'recogito') {
    await context.route(`${bench}/peer-data.json`, (route) =>
      route.fulfill({ contentType: 'application/json', body: peerData(f) }),
    );
    url = `${bench}/peer.html`;
  } else {
    const html = floorHtml(f);
    await context.route(`${bench}/floor.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: html }),
    );
    url = `${bench}/floor.html`;
  }
  return { impl, context, page, url };
}

/** Navigates to the session's document; ms from navigation to text and to highlights painted. */
async function open(
  s: Session,
  names = ['text', 'painted'],
): Promise<{ text: number; painted: number; longest: number; times: Record<string, number> }> {
  await s.page.goto(s.url);
  const { times, longest } = await readOpenProbe(s.page, names);
  return { text: times.text as number, painted: times.painted as number, longest, times };
}

/** Drag over three words, press h: ms from the key event to the frame with the new highlight. */
async function selectAndPress(
  s: Session,
  target: { start: number; end: number },
): Promise<{ paint: number; dragTask: number }> {
  await startTaskGaps(s.page);
  await dragSelect(s.page, shape[s.impl].container, target.start, target.end);
  await s.page.waitForTimeout(150);
  const dragTask = await stopTaskGaps(s.page);
  await armKeyToPaint(s.page, shape[s.impl].added);
  await s.page.keyboard.press('h');
  const paint = await readKeyToPaint(s.page);
  await s.page.keyboard.press('Escape');
  return { paint, dragTask };
}

const impls: Impl[] = ['gloss', 'recogito', 'floor'];
const emptyValues = (): Record<Impl, number[]> => ({ gloss: [], recogito: [], floor: [] });
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length / 2) - 1)] ?? NaN;
};
const p95 = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
};
const fmt = (n: number) => n.toLocaleString('en');

export interface AppSizes {
  /** Words of the synthetic document. */
  words: number;
  /** Highlights present in the select + h rows; the largest also serves the open and scroll rows. */
  present: number[];
  samples: number;
  /** The seed article of the "open a seed article" row and its highlight count. */
  seed: string;
  seedHighlights: number;
  /** Characters of the huge article of the "open a huge article" rows (0: no such rows). */
  hugeChars: number;
}

/** Whole synthetic paragraphs up to at least `chars` characters. */
function textOfLength(chars: number): string {
  let words = Math.ceil(chars / 6);
  let text = longText(words);
  while (text.length < chars) {
    words = Math.ceil(words * 1.05);
    text = longText(words);
  }
  return text;
}

async function closeAll(sessions: Session[]) {
  for (const s of sessions) await s.context.close();
}

/** Every headline row; `report` gets each row as soon as it is measured. */
export async function runAppRows(
  browser: Browser,
  app: string,
  bench: string,
  sizes: AppSizes,
  report: (row: AppRow) => void,
): Promise<void> {
  const largest = Math.max(...sizes.present);
  for (const present of sizes.present) {
    const f = await fixture(
      `bench-app-${sizes.words}-${present}`,
      longText(sizes.words),
      present,
      sizes.samples,
    );
    const sessions: Session[] = [];
    try {
      for (const impl of impls) sessions.push(await session(browser, impl, f, app, bench));
      const big = `${fmt(sizes.words)}-word document, ${fmt(present)} highlights`;
      if (present === largest) {
        // Open, from navigation: text on screen, all highlights painted, the longest task.
        const text = emptyValues();
        const painted = emptyValues();
        const tasks = emptyValues();
        for (let i = 0; i < Math.max(1, Math.ceil(sizes.samples / 2)); i += 1)
          for (const s of sessions) {
            const o = await open(s);
            text[s.impl].push(o.text);
            painted[s.impl].push(o.painted);
            tasks[s.impl].push(o.longest);
          }
        report({
          case: `open a ${big}: text on screen`,
          target: '≤ 300 ms',
          unit: 'ms',
          values: text,
          pass: median(text.gloss) <= 300,
          notes: 'from navigation (the app starts, opens its database, reads the document)',
        });
        report({
          case: `open a ${big}: all painted`,
          target: '≤ 1 s, ≤ 2× floor',
          unit: 'ms',
          values: painted,
          pass: median(painted.gloss) <= 1000 && median(painted.gloss) <= 2 * median(painted.floor),
          notes:
            'Gloss: every highlight a mark in the DOM; Recogito: setAnnotations done and the spans in view drawn (it draws only what is in view); floor: every range in the CSS highlight',
        });
        report({
          case: `open a ${big}: longest task`,
          target: 'no task > 50 ms',
          unit: 'ms',
          values: tasks,
          pass: Math.max(...tasks.gloss) <= 50,
          notes: 'Long Tasks API from the document start until painted (0: none over 50 ms)',
        });
        // Scroll from the top to the end: the 95th percentile frame interval.
        const frames = emptyValues();
        for (let i = 0; i < Math.max(1, Math.ceil(sizes.samples / 4)); i += 1)
          for (const s of sessions) {
            await s.page.goto(s.url);
            await readOpenProbe(s.page, ['text', 'painted']);
            frames[s.impl].push(p95(await scrollToEnd(s.page, shape[s.impl].container)));
          }
        report({
          case: `scroll a ${big} to the end: p95 frame`,
          target: '≤ 33 ms',
          unit: 'ms',
          values: frames,
          pass: median(frames.gloss) <= 33,
          notes: "600 px a frame from the top to the end; each sample is one run's p95",
        });
      }
      // Select three words with the mouse, press h.
      for (const s of sessions) {
        await s.page.goto(s.url);
        await readOpenProbe(s.page, ['text', 'painted']);
      }
      const paint = emptyValues();
      const drag = emptyValues();
      for (const target of f.targets.slice(0, sizes.samples))
        for (const s of sessions) {
          const r = await selectAndPress(s, target);
          paint[s.impl].push(r.paint);
          drag[s.impl].push(r.dragTask);
        }
      const ratioOk = (v: Record<Impl, number[] | null>) =>
        median(v.gloss ?? []) <= 1.5 * median(v.floor ?? []) &&
        median(v.gloss ?? []) <= median(v.recogito ?? []);
      report({
        case: `select 3 words with the mouse, press h → painted, ${fmt(present)} present (${fmt(sizes.words)} words)`,
        target: 'p50 ≤ 16, p95 ≤ 33, ≤ 1.5× floor, ≤ Recogito',
        unit: 'ms',
        values: paint,
        pass: median(paint.gloss) <= 16 && p95(paint.gloss) <= 33 && ratioOk(paint),
        notes: `from the keydown's timestamp to the frame after the new highlight is in the DOM; Gloss p95 ${Math.round(p95(paint.gloss))} ms`,
      });
      if (present === largest)
        report({
          case: `longest task while dragging a selection, ${fmt(present)} present`,
          target: '≤ 16 ms',
          unit: 'ms',
          values: drag,
          pass: Math.max(...drag.gloss) <= 16,
          notes:
            'the longest gap between chained message tasks from mouse down to 150 ms after mouse up (a task or a frame)',
        });
    } finally {
      await closeAll(sessions);
    }
  }

  // Open a seed article with its highlights, from navigation.
  const seed = await fixture(
    sizes.seed,
    seedText(sizes.seed),
    sizes.seedHighlights,
    sizes.samples,
    true,
  );
  const sessions: Session[] = [];
  try {
    for (const impl of impls) sessions.push(await session(browser, impl, seed, app, bench));
    const painted = emptyValues();
    for (let i = 0; i < sizes.samples; i += 1)
      for (const s of sessions) painted[s.impl].push((await open(s)).painted);
    report({
      case: `open a seed article with ${seed.ranges.length} highlights: painted, from navigation`,
      target: '≤ 1.5× floor',
      unit: 'ms',
      values: painted,
      pass: median(painted.gloss) <= 1.5 * median(painted.floor),
      notes: `article ${sizes.seed}`,
    });
  } finally {
    await closeAll(sessions);
  }

  if (sizes.hugeChars > 0) await hugeRows(browser, app, bench, sizes, report);
}

/**
 * Opening a huge article (a million characters, a few highlights): its first screen at once, the
 * rest of its text into the page without a long task. Gloss beside the floor (the whole text in
 * one static page); the peer is left out, its cost here is the browser's, as the floor's.
 */
async function hugeRows(
  browser: Browser,
  app: string,
  bench: string,
  sizes: AppSizes,
  report: (row: AppRow) => void,
): Promise<void> {
  const text = textOfLength(sizes.hugeChars);
  const f = await fixture(`bench-app-huge-${sizes.hugeChars}`, text, 100, sizes.samples);
  const last = f.paragraphs[f.paragraphs.length - 1];
  if (!last) return;
  // The end of the text is in the DOM: the last paragraph, by its offset.
  const end = (impl: Impl): Milestone[] => [
    {
      name: 'end',
      selector: `${shape[impl].text.split(' ')[0]} [data-offset="${last.start}"]`,
      min: 1,
    },
  ];
  const sessions: Session[] = [];
  try {
    for (const impl of ['gloss', 'floor'] as const)
      sessions.push(await session(browser, impl, f, app, bench, end));
    const first = emptyValues();
    const whole = emptyValues();
    const tasks = emptyValues();
    for (let i = 0; i < Math.max(1, Math.ceil(sizes.samples / 2)); i += 1)
      for (const s of sessions) {
        const o = await open(s, ['text', 'painted', 'end']);
        first[s.impl].push(o.text);
        whole[s.impl].push(o.times.end as number);
        tasks[s.impl].push(o.longest);
      }
    const values = (v: Record<Impl, number[]>) => ({ ...v, recogito: null });
    const what = `open a ${fmt(text.length)}-character article (${fmt(f.ranges.length)} highlights)`;
    report({
      case: `${what}: text on screen`,
      target: '≤ 300 ms',
      unit: 'ms',
      values: values(first),
      pass: median(first.gloss) <= 300,
      notes: 'from navigation, the first screen of text',
    });
    report({
      case: `${what}: the whole text in the page`,
      target: '≤ 2× floor',
      unit: 'ms',
      values: values(whole),
      pass: median(whole.gloss) <= 2 * median(whole.floor),
      notes: 'from navigation until the last paragraph is in the DOM',
    });
    report({
      case: `${what}: longest task`,
      target: 'no task > 50 ms',
      unit: 'ms',
      values: values(tasks),
      pass: Math.max(...tasks.gloss) <= 50,
      notes:
        'Long Tasks API from the document start until the end is in the page (0: none over 50 ms)',
    });
  } finally {
    await closeAll(sessions);
  }
}
