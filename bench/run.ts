/**
 * `npm run bench`: builds the benchmark page (bench/vite.config.ts, twice: production React for
 * the timings, React's profiling build to count paragraph re-renders), serves it with
 * `vite preview` on a free port, runs every case in headless Chromium — Gloss and, where the
 * case applies, Recogito's text annotator side by side — prints a table and writes
 * bench/results.json.
 *
 *   npm run bench                  5 iterations at full size
 *   npm run bench -- --smoke       1 iteration at small sizes; misses are not fatal (npm test)
 *   npm run bench -- --iterations=3 --no-build
 *
 * Exit code: 1 when a case fails to run (an exception); with --strict also when a target is
 * missed. A case whose module does not exist yet reports "not available" and is not a failure.
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import type { ImportResult, ExportResult } from './data-cases';
import type { AddHighlightResult, BigDocumentResult, OpenResult } from './gloss-cases';
import type { Bench, Outcome } from './main';
import type { RecogitoResult } from './recogito-cases';
import { runAppRows, serveApp, type AppRow, type Impl as AppImpl } from './app-cases';
import { runTransferRows } from './app-transfer';
import { benchCorpus, printCorpusTable, type CorpusRow } from './corpus-cases';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const strict = args.includes('--strict');
const skipBuild = args.includes('--no-build');
/** --only=open,add: run only these sections (app, transfer = import-ui + export-ui, corpus, views = the corpus's views rows alone, open, big, add, write, import, export). */
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (section: string) => !only || only.includes(section);
const iterations = Number(
  args.find((a) => a.startsWith('--iterations='))?.slice('--iterations='.length) ?? (smoke ? 1 : 5),
);
const configFile = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
const resultsFile = fileURLToPath(new URL('./results.json', import.meta.url));

const frenchArticle = '001_7385e71a292b6180';
const sizes = smoke
  ? {
      openHighlights: 20,
      bigWords: 5_000,
      bigHighlights: 250,
      addWords: 5_000,
      addPresent: 100,
      addSamples: 3,
      writes: 5,
      imports: 200,
      exports: 1_000,
      appWords: 5_000,
      appPresent: [100],
      appSamples: 2,
      hugeChars: 50_000,
    }
  : {
      openHighlights: 20,
      bigWords: 100_000,
      bigHighlights: 5_000,
      addWords: 100_000,
      addPresent: 1_000,
      addSamples: 20,
      writes: 50,
      imports: 10_000,
      exports: 50_000,
      appWords: 100_000,
      appPresent: [100, 1_000, 5_000],
      appSamples: 8,
      hugeChars: 1_000_000,
    };
/** --app-present=100,1000 and --app-words=20000 override the built app's sizes. */
const appPresentArg = args.find((a) => a.startsWith('--app-present='));
if (appPresentArg) sizes.appPresent = appPresentArg.slice(14).split(',').map(Number);
const appWordsArg = args.find((a) => a.startsWith('--app-words='));
if (appWordsArg) sizes.appWords = Number(appWordsArg.slice(12));
/** --app-huge=0 leaves out the huge article's rows; --app-huge=200000 opens a smaller one. */
const appHugeArg = args.find((a) => a.startsWith('--app-huge='));
if (appHugeArg) sizes.hugeChars = Number(appHugeArg.slice(11));
/** The built app is served here (the test ports are 4200…; each person sets their own). */
const appPort = Number(process.env.GLOSS_BENCH_APP_PORT ?? 4213);
const appRows: AppRow[] = [];
let corpusRows: CorpusRow[] = [];

type Impl = 'Gloss' | 'Recogito';

interface Row {
  case: string;
  impl: Impl;
  target: string;
  /** The measured values the row summarises (ms, or counts for the re-render row). */
  values: number[];
  pass: boolean | null;
  notes: string;
  status: 'ok' | 'unavailable' | 'error';
  unit?: string;
}

const rows: Row[] = [];
const raw: Record<string, unknown[]> = {};

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  ] as number;
}
const median = (values: readonly number[]) => quantile(values, 0.5);
const ms = (n: number) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(1) : Math.round(n)}` : '–');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

type Method = Exclude<keyof Bench, 'ready' | 'profiling'>;

/** Opens a fresh page on the bench (production or profiling build) and calls one method. */
async function call<T>(
  page: Page,
  url: string,
  method: Method,
  params: unknown[],
): Promise<Outcome<T>> {
  await page.goto(url);
  await page.waitForFunction(() => window.bench !== undefined);
  await page.evaluate(() => window.bench.ready);
  return page.evaluate(
    ([m, p]) =>
      (window.bench[m as Method] as (...a: unknown[]) => Promise<unknown>)(...(p as unknown[])),
    [method, params] as const,
  ) as Promise<Outcome<T>>;
}

/** Runs one measurement `iterations` times; returns the values or the first non-ok outcome. */
async function repeat<T>(
  key: string,
  page: Page,
  url: string,
  method: Method,
  params: unknown[],
  times = iterations,
): Promise<{ values: T[] } | { failed: Exclude<Outcome<T>, { status: 'ok' }> }> {
  const values: T[] = [];
  raw[key] = [];
  for (let i = 0; i < times; i += 1) {
    const result = await call<T>(page, url, method, params);
    raw[key].push(result);
    if (result.status !== 'ok') return { failed: result };
    values.push(result.value);
  }
  return { values };
}

function failedRow(
  base: Omit<Row, 'values' | 'pass' | 'notes' | 'status'>,
  failed: Exclude<Outcome<unknown>, { status: 'ok' }>,
): Row {
  return failed.status === 'unavailable'
    ? {
        ...base,
        values: [],
        pass: null,
        status: 'unavailable',
        notes: `not available: ${failed.reason}`,
      }
    : { ...base, values: [], pass: false, status: 'error', notes: `failed: ${failed.message}` };
}

interface LongTasks {
  count: number;
  max: number;
}
const longest = (values: readonly { longTasks: LongTasks }[]) =>
  Math.max(0, ...values.map((v) => v.longTasks.max));

async function runCases(page: Page, base: string): Promise<void> {
  const prod = `${base}/`;
  const profiling = `${base}/profiling/`;

  // 1. Open one seed article with 20 highlights.
  if (wanted('open')) {
    const name = `open seed article, ${sizes.openHighlights} highlights`;
    type Open = OpenResult;
    const gloss = await repeat<Open>('open.gloss', page, prod, 'openArticle', [
      frenchArticle,
      sizes.openHighlights,
    ]);
    const target = { case: name, target: 'render ≤ 50 ms' };
    if ('failed' in gloss) rows.push(failedRow({ ...target, impl: 'Gloss' }, gloss.failed));
    else {
      const totals = gloss.values.map((v) => v.total);
      rows.push({
        ...target,
        impl: 'Gloss',
        values: totals,
        pass: median(totals) <= 50,
        status: 'ok',
        notes: `parse ${ms(median(gloss.values.map((v) => v.parse)))} + anchor ${ms(median(gloss.values.map((v) => v.anchor)))} + React ${ms(median(gloss.values.map((v) => v.mount)))} ms, then the frame; ${gloss.values[0]?.marks} marks`,
      });
    }
    type Rec = RecogitoResult;
    const rec = await repeat<Rec>('open.recogito', page, prod, 'recogitoOpenArticle', [
      frenchArticle,
      sizes.openHighlights,
    ]);
    if ('failed' in rec) rows.push(failedRow({ ...target, impl: 'Recogito' }, rec.failed));
    else {
      const totals = rec.values.map((v) => v.firstScreen);
      rows.push({
        ...target,
        impl: 'Recogito',
        values: totals,
        pass: median(totals) <= 50,
        status: 'ok',
        notes: `HTML ${ms(median(rec.values.map((v) => v.dom)))} + init ${ms(median(rec.values.map((v) => v.init)))} + setAnnotations ${ms(median(rec.values.map((v) => v.setAnnotations)))} ms, then its debounced redraw; ${rec.values[0]?.highlightSpans} spans on screen`,
      });
    }
  }

  // 2. The synthetic 100,000-word document with 5,000 highlights.
  if (wanted('big')) {
    const words = sizes.bigWords.toLocaleString('en');
    const highlights = sizes.bigHighlights.toLocaleString('en');
    type Big = BigDocumentResult;
    const gloss = await repeat<Big>('big.gloss', page, prod, 'bigDocument', [
      sizes.bigWords,
      sizes.bigHighlights,
    ]);
    const mountCase = {
      case: `${words}-word document, ${highlights} highlights: mount`,
      target: 'mount ≤ 300 ms',
    };
    const screenCase = {
      case: `${words}-word document, ${highlights} highlights: first screen`,
      target: 'first screen ≤ 100 ms',
    };
    if ('failed' in gloss) {
      rows.push(
        failedRow({ ...mountCase, impl: 'Gloss' }, gloss.failed),
        failedRow({ ...screenCase, impl: 'Gloss' }, gloss.failed),
      );
    } else {
      const v0 = gloss.values[0] as Big;
      const mounts = gloss.values.map((v) => v.mount);
      const screens = gloss.values.map((v) => v.firstScreen);
      rows.push({
        ...mountCase,
        impl: 'Gloss',
        values: mounts,
        pass: median(mounts) <= 300,
        status: 'ok',
        notes: `until all ${v0.paragraphs} paragraphs and ${v0.marks} marks of ${v0.words} words are in the DOM (first screen at once, the rest in a transition); anchoring before it ${ms(median(gloss.values.map((v) => v.anchor)))} ms`,
      });
      rows.push({
        ...screenCase,
        impl: 'Gloss',
        values: screens,
        pass: median(screens) <= 100,
        status: 'ok',
        notes: `first render ${ms(median(gloss.values.map((v) => v.firstRender)))} ms + commit + first frame (content-visibility: auto); longest task ${ms(longest(gloss.values))} ms`,
      });
    }
    type Rec = RecogitoResult;
    const rec = await repeat<Rec>('big.recogito', page, prod, 'recogitoBigDocument', [
      sizes.bigWords,
      sizes.bigHighlights,
    ]);
    if ('failed' in rec) {
      rows.push(
        failedRow({ ...mountCase, impl: 'Recogito' }, rec.failed),
        failedRow({ ...screenCase, impl: 'Recogito' }, rec.failed),
      );
    } else {
      const mounts = rec.values.map((v) => v.mount);
      const screens = rec.values.map((v) => v.firstScreen);
      rows.push({
        ...mountCase,
        impl: 'Recogito',
        values: mounts,
        pass: median(mounts) <= 300,
        status: 'ok',
        notes: `HTML ${ms(median(rec.values.map((v) => v.dom)))} + init ${ms(median(rec.values.map((v) => v.init)))} + setAnnotations ${ms(median(rec.values.map((v) => v.setAnnotations)))} ms`,
      });
      rows.push({
        ...screenCase,
        impl: 'Recogito',
        values: screens,
        pass: median(screens) <= 100,
        status: 'ok',
        notes: `until its first highlight spans are painted; longest task ${ms(longest(rec.values))} ms`,
      });
    }
  }

  // 3. mouseup → new highlight painted, with 1,000 present.
  if (wanted('add')) {
    const present = sizes.addPresent.toLocaleString('en');
    const target = 'p50 ≤ 16, p95 ≤ 33 ms';
    type Add = AddHighlightResult;
    const judge = (samples: number[]) =>
      quantile(samples, 0.5) <= 16 && quantile(samples, 0.95) <= 33;
    for (const path of ['database', 'render'] as const) {
      const name =
        path === 'database'
          ? `add highlight, ${present} present: mouseup → write → live query → painted`
          : `add highlight, ${present} present: mouseup → React state → painted`;
      const result = await repeat<Add>(`add.${path}.gloss`, page, prod, 'addHighlight', [
        sizes.addWords,
        sizes.addPresent,
        sizes.addSamples,
        path,
      ]);
      if ('failed' in result)
        rows.push(failedRow({ case: name, target, impl: 'Gloss' }, result.failed));
      else {
        const samples = result.values.flatMap((v) => v.samples);
        const reads = result.values.flatMap((v) => (v.liveQuery ? [v.liveQuery] : []));
        const requery = reads.length
          ? `; each change re-reads ${reads[0]?.annotations} annotations (listByArticle ${ms(median(reads.map((r) => r.read)))} ms) and re-anchors them (${ms(median(reads.map((r) => r.anchor)))} ms)`
          : '';
        rows.push({
          case: name,
          target,
          impl: 'Gloss',
          values: samples,
          pass: judge(samples),
          status: 'ok',
          notes: `${samples.length} highlights on a ${sizes.addWords.toLocaleString('en')}-word document; p95 ${ms(quantile(samples, 0.95))} ms; committed to the DOM after p50 ${ms(median(result.values.flatMap((v) => v.committed)))} ms, then the frame (its style + layout + paint p50 ${ms(median(result.values.flatMap((v) => v.frameRendering)))} ms)${requery}`,
        });
      }
    }
    const rec = await repeat<{ samples: number[] }>(
      'add.recogito',
      page,
      prod,
      'recogitoAddHighlight',
      [sizes.addWords, sizes.addPresent, sizes.addSamples],
    );
    const recName = `add highlight, ${present} present: addAnnotation → painted`;
    if ('failed' in rec)
      rows.push(failedRow({ case: recName, target, impl: 'Recogito' }, rec.failed));
    else {
      const samples = rec.values.flatMap((v) => v.samples);
      rows.push({
        case: recName,
        target,
        impl: 'Recogito',
        values: samples,
        pass: judge(samples),
        status: 'ok',
        notes: `same highlights, same document; p95 ${ms(quantile(samples, 0.95))} ms (no selection handling, no storage)`,
      });
    }
    // Paragraph re-renders, counted with React's profiling build (Profiler.onRender is off in production).
    const counted = await repeat<Add>(
      'add.rerenders',
      page,
      profiling,
      'addHighlight',
      [sizes.addWords, sizes.addPresent, Math.min(sizes.addSamples, 10), 'database'],
      smoke ? 1 : 2,
    );
    const countCase = {
      case: 'paragraphs re-rendered per added highlight',
      target: 'exactly 1',
      impl: 'Gloss' as const,
    };
    if ('failed' in counted) rows.push(failedRow(countCase, counted.failed));
    else {
      const counts = counted.values.flatMap((v) => v.rendered).map((n) => n ?? NaN);
      rows.push({
        ...countCase,
        values: counts,
        unit: 'count',
        status: 'ok',
        pass: counts.length > 0 && counts.every((n) => n === 1),
        notes: `paragraphRenders.listener over ${counts.length} additions (database path, profiling build)`,
      });
    }
  }

  // 4. One annotation write to IndexedDB.
  if (wanted('write')) {
    const c = {
      case: 'one annotation write (annotationsRepo.create, IndexedDB)',
      target: 'p50 ≤ 5 ms',
      impl: 'Gloss' as const,
    };
    const result = await repeat<number[]>('write.gloss', page, prod, 'writeOne', [sizes.writes]);
    if ('failed' in result) rows.push(failedRow(c, result.failed));
    else {
      const samples = result.values.flat();
      rows.push({
        ...c,
        values: samples,
        pass: quantile(samples, 0.5) <= 5,
        status: 'ok',
        notes: `${samples.length} writes; p95 ${ms(quantile(samples, 0.95))} ms`,
      });
    }
  }

  // 5. Import 10,000 annotations.
  if (wanted('import')) {
    const c = {
      case: `import ${sizes.imports.toLocaleString('en')} annotations (native file)`,
      target: '≤ 2 s, no task > 50 ms',
      impl: 'Gloss' as const,
    };
    type Imp = ImportResult;
    const result = await repeat<Imp>('import.gloss', page, prod, 'importMany', [sizes.imports]);
    if ('failed' in result) rows.push(failedRow(c, result.failed));
    else {
      const totals = result.values.map((v) => v.total);
      const maxTask = longest(result.values);
      const v0 = result.values[0] as Imp;
      rows.push({
        ...c,
        values: totals,
        pass: median(totals) <= 2000 && maxTask <= 50,
        status: 'ok',
        notes: `parse ${ms(median(result.values.map((v) => v.parse)))} + plan ${ms(median(result.values.map((v) => v.plan)))} + validate & write ${ms(median(result.values.map((v) => v.write)))} ms (AnnotationSchema alone ${ms(median(result.values.map((v) => v.validateAnnotations)))} ms); longest task ${ms(maxTask)} ms; ${v0.stored} stored, ${v0.skipped} skipped`,
      });
    }
  }

  // 6. Export 50,000 annotations as W3C JSON-LD.
  if (wanted('export')) {
    const c = {
      case: `export ${sizes.exports.toLocaleString('en')} annotations as W3C JSON-LD`,
      target: '≤ 1.5 s',
      impl: 'Gloss' as const,
    };
    type Exp = ExportResult;
    const result = await repeat<Exp>('export.gloss', page, prod, 'exportW3C', [sizes.exports]);
    if ('failed' in result) rows.push(failedRow(c, result.failed));
    else {
      const totals = result.values.map((v) => v.total);
      const v0 = result.values[0] as Exp;
      rows.push({
        ...c,
        values: totals,
        pass: median(totals) <= 1500,
        status: 'ok',
        notes: `read ${ms(median(result.values.map((v) => v.read)))} + exportW3C ${ms(median(result.values.map((v) => v.serialise)))} + Blob ${ms(median(result.values.map((v) => v.blob)))} ms; ${(v0.bytes / 1048576).toFixed(1)} MiB, ${v0.annotations} items; longest task ${ms(longest(result.values))} ms`,
      });
    }
  }
}

function printTable(): void {
  const header = ['case', 'impl', 'target', 'min', 'median', 'max', 'result'];
  const body = rows.map((r) => {
    const fmt = (n: number) =>
      r.unit === 'count' ? (Number.isFinite(n) ? String(n) : '–') : ms(n);
    const values = r.values.filter((v) => Number.isFinite(v));
    return [
      r.case,
      r.impl,
      r.target,
      values.length ? fmt(Math.min(...values)) : '–',
      values.length ? fmt(median(values)) : '–',
      values.length ? fmt(Math.max(...values)) : '–',
      r.status === 'unavailable'
        ? 'n/a'
        : r.status === 'error'
          ? 'ERROR'
          : r.pass
            ? 'pass'
            : 'FAIL',
    ];
  });
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((b) => (b[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i >= 3 && i <= 5 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number),
      )
      .join('  ');
  console.log(
    `\nGloss benchmarks (${smoke ? 'smoke: small sizes, ' : ''}${iterations} iteration${iterations === 1 ? '' : 's'}, times in ms, headless Chromium, ${cpus().length} CPUs)`,
  );
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
  console.log('\nNotes');
  for (const r of rows) console.log(`- ${r.case} [${r.impl}]: ${r.notes}`);
}

function printAppRow(r: AppRow): void {
  const mmm = (v: number[] | null) =>
    v && v.length ? `${ms(Math.min(...v))} / ${ms(median(v))} / ${ms(Math.max(...v))}` : '—';
  const ratio = (impl: AppImpl) => {
    const other = r.values[impl];
    const gloss = r.values.gloss;
    if (!other?.length || !gloss?.length) return '—';
    const m = median(other);
    return m > 0 ? `${(median(gloss) / m).toFixed(2)}×` : '—';
  };
  return void appBody.push([
    r.case,
    mmm(r.values.gloss),
    mmm(r.values.recogito),
    mmm(r.values.floor),
    ratio('recogito'),
    ratio('floor'),
    r.target,
    r.pass ? 'pass' : 'FAIL',
  ]);
}
const appBody: string[][] = [];

function printAppTable(): void {
  if (appBody.length === 0) return;
  const header = [
    'case (built app, from the input event or navigation to the frame)',
    'Gloss min / med / max',
    'Recogito min / med / max',
    'floor min / med / max',
    'G/R',
    'G/floor',
    'target',
    'result',
  ];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...appBody.map((b) => (b[i] as string).length)),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  console.log(
    '\nHeadline: the built app (vite preview) beside the Recogito peer and the CSS Custom Highlight API floor, interleaved, times in ms',
  );
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of appBody) console.log(line(b));
  console.log('\nHeadline notes');
  for (const r of appRows) console.log(`- ${r.case}: ${r.notes}`);
  console.log('\nDiagnostics below: components mounted alone on the benchmark page.');
}

async function runAppCases(browser: Browser, bench: string): Promise<void> {
  const server = await serveApp(appPort, skipBuild || process.env.GLOSS_BENCH_APP_PREBUILT === '1');
  const report = (row: AppRow) => {
    appRows.push(row);
    printAppRow(row);
    console.log(`  measured: ${row.case}`);
  };
  try {
    const imports = wanted('transfer') || wanted('import-ui');
    const exports = wanted('transfer') || wanted('export-ui');
    if (imports || exports)
      await runTransferRows(
        browser,
        `http://127.0.0.1:${appPort}`,
        { imports: sizes.imports, exports: sizes.exports, samples: smoke ? 1 : 3 },
        report,
        { imports, exports },
      );
    if (wanted('app'))
      await runAppRows(
        browser,
        `http://127.0.0.1:${appPort}`,
        bench,
        {
          words: sizes.appWords,
          present: sizes.appPresent,
          samples: sizes.appSamples,
          seed: frenchArticle,
          seedHighlights: sizes.openHighlights,
          hugeChars: sizes.hugeChars,
        },
        report,
      );
  } catch (error) {
    rows.push(
      failedRow(
        { case: 'built app (headline rows)', target: 'runs', impl: 'Gloss' },
        { status: 'error', message: error instanceof Error ? error.message : String(error) },
      ),
    );
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!skipBuild) {
    console.log('Building the benchmark page (production and profiling React)…');
    await build({ configFile, mode: 'production', logLevel: 'warn' });
    await build({ configFile, mode: 'profiling', logLevel: 'warn' });
  }
  const port = await freePort();
  const server = await preview({
    configFile,
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  let version = '';
  try {
    version = browser.version();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    if (['app', 'transfer', 'import-ui', 'export-ui'].some(wanted))
      await runAppCases(browser, `http://127.0.0.1:${port}`);
    if (wanted('corpus') || wanted('views'))
      corpusRows = await benchCorpus(browser, {
        ...(wanted('corpus') ? {} : { cases: ['views at scale'] as const }),
        port: appPort + 1,
        // The app cases built it already.
        skipBuild:
          skipBuild ||
          wanted('app') ||
          wanted('transfer') ||
          process.env.GLOSS_BENCH_APP_PREBUILT === '1',
        smoke,
      });
    await runCases(page, `http://127.0.0.1:${port}`);
  } finally {
    await browser.close();
    await server.close();
  }
  printAppTable();
  printCorpusTable(corpusRows);
  printTable();
  const errors = rows.filter((r) => r.status === 'error').length;
  const missed = rows.filter((r) => r.status === 'ok' && r.pass === false).length;
  const unavailable = rows.filter((r) => r.status === 'unavailable').length;
  writeFileSync(
    resultsFile,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        mode: smoke ? 'smoke' : 'full',
        iterations,
        sizes,
        environment: {
          chromium: version,
          node: process.version,
          cpus: cpus().length,
          cpu: cpus()[0]?.model ?? '',
        },
        app: appRows,
        corpus: corpusRows,
        rows: rows.map((r) => ({
          ...r,
          min: Math.min(...r.values),
          median: median(r.values),
          max: Math.max(...r.values),
          p95: quantile(r.values, 0.95),
        })),
        raw,
      },
      null,
      2,
    )}\n`,
  );
  console.log(
    `\n${rows.length - missed - errors - unavailable} met, ${missed} missed, ${unavailable} not available, ${errors} failed to run · ${((Date.now() - started) / 1000).toFixed(1)} s · bench/results.json`,
  );
  if (errors > 0 || (strict && missed > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
