/**
 * The import and export rows of the headline table, in the built app through /data: a native
 * backup and a W3C file of many annotations over the bundled articles chosen with "Import file"
 * then "Merge"; "Download W3C JSON-LD" with many stored. Times are taken in the page (from the
 * input event to the frame that shows the result); the longest main-thread task comes from the
 * Long Tasks API, and a requestAnimationFrame sampler counts the frames that showed a progress
 * bar (a bar that never reaches a frame was never seen).
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { describeRange } from '../src/domain/anchoring/describe';
import { tagNameKey } from '../src/domain/codebook';
import { parseArticle, sha256Hex } from '../src/domain/corpus';
import { exportNative } from '../src/domain/formats/native-export';
import { exportW3C } from '../src/domain/formats/w3c-export';
import type { Annotation, Tag } from '../src/domain/model';
import type { ArticleWithText } from '../src/domain/corpus/types';
import type { AppRow } from './app-cases';

// tsx names functions with a helper the page does not have; evaluated code may need it.
const keepNames = 'globalThis.__name = globalThis.__name || ((f) => f);';
const seedsDir = fileURLToPath(new URL('../public/seeds', import.meta.url));

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** The bundled articles as the app knows them. */
async function seedArticles(): Promise<ArticleWithText[]> {
  const files = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return Promise.all(
    files.map(async (f) => {
      const text = readFileSync(join(seedsDir, f), 'utf8');
      const parsed = parseArticle(text);
      return {
        id: f.replace(/\.txt$/, ''),
        file: f,
        title: parsed.title,
        source: parsed.source,
        language: parsed.language,
        date: parsed.date,
        byline: parsed.byline,
        wordCount: parsed.wordCount,
        byteLength: Buffer.byteLength(text),
        textHash: await sha256Hex(text),
        origin: 'bundled' as const,
        text,
      };
    }),
  );
}

/** `count` tagged highlights of 1–8 words spread over the bundled articles, a third with notes. */
export async function transferData(count: number) {
  const articles = await seedArticles();
  const random = seeded(count);
  const tags: Tag[] = Array.from({ length: 12 }, (_, i) => ({
    id: uuid(random),
    name: `Bench tag ${i + 1}`,
    nameKey: tagNameKey(`Bench tag ${i + 1}`),
    color: '#fde68a',
    description: '',
    hotkey: null,
    parentId: null,
    createdAt: '2024-01-01T00:00:00.000Z',
  }));
  const words = articles.map((a) =>
    [...a.text.matchAll(/\S+/gu)].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    })),
  );
  const annotations: Annotation[] = Array.from({ length: count }, (_, i) => {
    const k = i % articles.length;
    const article = articles[k] as ArticleWithText;
    const list = words[k] as { start: number; end: number }[];
    const first = Math.floor(random() * (list.length - 8));
    const last = first + Math.floor(random() * 8);
    const at = new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString();
    return {
      id: uuid(random),
      articleId: article.id,
      coderId: 'local',
      textHash: article.textHash,
      ranges: [describeRange(article.text, list[first]!.start, list[last]!.end)],
      tagIds: [(tags[i % tags.length] as Tag).id],
      note: i % 3 === 0 ? `Note ${i}: worth comparing with the other outlets.` : '',
      color: null,
      createdAt: at,
      updatedAt: at,
      status: 'exact',
    };
  });
  return { articles, tags, annotations };
}

/** Writes a native backup and a W3C file of `count` annotations; returns their paths. */
export async function transferFiles(count: number): Promise<{ native: string; w3c: string }> {
  const { articles, tags, annotations } = await transferData(count);
  const input = {
    articles,
    tags,
    annotations,
    memos: [],
    userArticles: [],
    exportedAt: new Date('2024-02-01T00:00:00.000Z'),
  };
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-transfer-'));
  const native = join(dir, `backup-${count}.json`);
  const w3c = join(dir, `w3c-${count}.jsonld`);
  writeFileSync(native, exportNative(input));
  writeFileSync(w3c, exportW3C(input));
  return { native, w3c };
}

/**
 * Installed before the app loads: Long Tasks (over 50 ms) and a requestAnimationFrame sampler
 * that counts the frames showing `progress` elements, both reset by `__transfer.reset()`.
 */
export function transferProbe(): void {
  const w = window as unknown as {
    __transfer: { tasks: number[]; frames: number; values: Set<string>; reset(): void };
  };
  const state = {
    tasks: [] as number[],
    frames: 0,
    values: new Set<string>(),
    reset() {
      state.tasks = [];
      state.frames = 0;
      state.values = new Set();
    },
  };
  w.__transfer = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  const sample = () => {
    const bars = document.querySelectorAll('progress');
    if (bars.length > 0) {
      state.frames += 1;
      for (const bar of bars) state.values.add(`${bar.getAttribute('aria-label')}:${bar.value}`);
    }
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

interface Sample {
  /** ms from the file chosen (or the button pressed) to the frame that shows the result. */
  total: number;
  /** Import only: from the file chosen to the preview painted, and from Merge to "Imported". */
  preview?: number;
  write?: number;
  longestTask: number;
  progressFrames: number;
  progressValues: number;
}

/** Resolves, in the page, the frame after `text` first appears in the body. */
function whenText(page: Page, pattern: string): Promise<number> {
  return page.evaluate(
    (source) =>
      new Promise<number>((resolve) => {
        const re = new RegExp(source);
        const done = () =>
          requestAnimationFrame(() => {
            const c = new MessageChannel();
            c.port1.onmessage = () => resolve(performance.now());
            c.port2.postMessage(null);
          });
        if (re.test(document.body.innerText)) return done();
        const o = new MutationObserver(() => {
          if (!re.test(document.body.innerText)) return;
          o.disconnect();
          done();
        });
        o.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    pattern,
  );
}

/** Records, in the page, when the next `type` event reaches `selector` (capture). */
function armEvent(page: Page, type: string): Promise<void> {
  return page.evaluate((t) => {
    const w = window as unknown as { __armed: Promise<number> };
    w.__armed = new Promise((resolve) =>
      window.addEventListener(t, (e) => resolve(e.timeStamp), { capture: true, once: true }),
    );
    (window as unknown as { __transfer: { reset(): void } }).__transfer.reset();
  }, type);
}
const armed = (page: Page) =>
  page.evaluate(() => (window as unknown as { __armed: Promise<number> }).__armed);
const readProbe = (page: Page) =>
  page.evaluate(() => {
    const t = (
      window as unknown as { __transfer: { tasks: number[]; frames: number; values: Set<string> } }
    ).__transfer;
    return { longestTask: Math.max(0, ...t.tasks), frames: t.frames, values: t.values.size };
  });

/** One import through /data in a fresh browser context (an empty database). */
async function importOnce(browser: Browser, app: string, file: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(keepNames);
    await context.addInitScript(transferProbe);
    const page = await context.newPage();
    await page.goto(`${app}/data`);
    await page.getByLabel('Import file').waitFor();
    await armEvent(page, 'change');
    const preview = whenText(page, 'Preview of');
    await page.getByLabel('Import file').setInputFiles(file);
    const chosen = await armed(page);
    const shown = await preview;
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    const beforeMerge = await readProbe(page);
    await armEvent(page, 'click');
    const imported = whenText(page, 'Imported ');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    const clicked = await armed(page);
    const done = await imported;
    const afterMerge = await readProbe(page);
    return {
      preview: shown - chosen,
      write: done - clicked,
      total: shown - chosen + (done - clicked),
      longestTask: Math.max(beforeMerge.longestTask, afterMerge.longestTask),
      progressFrames: beforeMerge.frames + afterMerge.frames,
      progressValues: beforeMerge.values + afterMerge.values,
    };
  } finally {
    await context.close();
  }
}

/**
 * Stores `annotations` and `tags` straight into the app's IndexedDB database (opened by the app
 * first, so its schema is there): a file of 50,000 is over the import's 20 MB limit.
 */
export async function storeDirectly(page: Page, data: { annotations: Annotation[]; tags: Tag[] }) {
  await page.evaluate(
    (json) =>
      new Promise<void>((resolve, reject) => {
        const { annotations, tags } = JSON.parse(json) as {
          annotations: unknown[];
          tags: unknown[];
        };
        const open = indexedDB.open('gloss');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(['annotations', 'tags'], 'readwrite');
          for (const t of tags) tx.objectStore('tags').put(t);
          for (const a of annotations) tx.objectStore('annotations').put(a);
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    JSON.stringify(data),
  );
}

/** "Download W3C JSON-LD" with `count` annotations stored; the download is awaited too. */
async function exportSamples(
  browser: Browser,
  app: string,
  count: number,
  samples: number,
): Promise<Sample[]> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  try {
    await context.addInitScript(keepNames);
    await context.addInitScript(transferProbe);
    const page = await context.newPage();
    await page.goto(`${app}/data`);
    await page.getByRole('button', { name: 'Download W3C JSON-LD' }).waitFor();
    await storeDirectly(page, await transferData(count));
    const out: Sample[] = [];
    for (let i = 0; i < samples; i += 1) {
      await page.goto(`${app}/data`);
      await page.getByRole('button', { name: 'Download W3C JSON-LD' }).waitFor();
      await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      await armEvent(page, 'click');
      const saved = whenText(page, 'Saved .*\\.jsonld');
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByRole('button', { name: 'Download W3C JSON-LD' }).click();
      const clicked = await armed(page);
      const done = await saved;
      await download;
      const probe = await readProbe(page);
      out.push({
        total: done - clicked,
        longestTask: probe.longestTask,
        progressFrames: probe.frames,
        progressValues: probe.values,
      });
    }
    return out;
  } finally {
    await context.close();
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length / 2) - 1)] ?? NaN;
};
const fmt = (n: number) => n.toLocaleString('en');
const round = (n: number) => Math.round(n);

function row(name: string, target: string, values: number[], pass: boolean, notes: string): AppRow {
  return {
    case: name,
    target,
    unit: 'ms',
    values: { gloss: values, recogito: null, floor: null },
    pass,
    notes,
  };
}

/** The import rows (native and W3C, `imports` annotations) and the export row (`exports`). */
export async function runTransferRows(
  browser: Browser,
  app: string,
  sizes: { imports: number; exports: number; samples: number },
  report: (row: AppRow) => void,
  parts: { imports: boolean; exports: boolean } = { imports: true, exports: true },
): Promise<void> {
  const files = parts.imports ? await transferFiles(sizes.imports) : null;
  for (const kind of files ? (['native', 'w3c'] as const) : []) {
    const samples: Sample[] = [];
    for (let i = 0; i < sizes.samples; i += 1)
      samples.push(await importOnce(browser, app, files![kind]));
    const totals = samples.map((s) => s.total);
    const longest = Math.max(...samples.map((s) => s.longestTask));
    report(
      row(
        `import ${fmt(sizes.imports)} annotations through /data (${kind === 'native' ? 'native backup' : 'W3C JSON-LD'}): file chosen → preview, Merge → "Imported"`,
        '≤ 2 s, no task > 50 ms',
        totals,
        median(totals) <= 2000 && longest <= 50,
        `preview ${round(median(samples.map((s) => s.preview ?? NaN)))} + write ${round(median(samples.map((s) => s.write ?? NaN)))} ms (medians); longest task ${round(longest)} ms (0: none over 50 ms); frames showing a progress bar: ${samples.map((s) => s.progressFrames).join(', ')}`,
      ),
    );
  }
  if (!parts.exports) return;
  const samples = await exportSamples(browser, app, sizes.exports, sizes.samples);
  const totals = samples.map((s) => s.total);
  const longest = Math.max(...samples.map((s) => s.longestTask));
  const painted = Math.min(...samples.map((s) => s.progressValues));
  report(
    row(
      `export ${fmt(sizes.exports)} annotations as W3C JSON-LD through /data: button → "Saved"`,
      '≤ 1.5 s, progress painted ≥ 2×',
      totals,
      median(totals) <= 1500 && painted >= 2,
      `longest task ${round(longest)} ms; frames showing the progress bar: ${samples.map((s) => s.progressFrames).join(', ')}; distinct progress values painted (fewest): ${painted}`,
    ),
  );
}
