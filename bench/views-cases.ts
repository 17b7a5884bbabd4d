/**
 * The views at scale, through the built app's UI (as corpus-cases.ts): a library of many articles
 * with many annotations in 20 tags and two coders' layers, put in through the app's own import
 * ("Import file", then "Merge", in files under the import limit), then the first render of
 * Compare with all 20 tags chosen, the first render of /annotations, and the team agreement
 * report ("Compute agreement"). Each figure is printed beside its target.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { countWords, parseArticle, sha256Hex } from '../src/domain/corpus';
import { exportNative } from '../src/domain/formats/native-export';
import type { Annotation, DocumentRecord, Tag } from '../src/domain/model';

/** One measured figure and its target (the corpus table's row). */
export interface ViewRow {
  case: string;
  target: string;
  measured: string;
  met: boolean;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const seedsDir = join(root, 'public/seeds');
const OUTLETS = ['Reuters', 'TASS', 'SANA', 'Le Monde', 'Al Jazeera', 'BBC News', 'RT', 'Xinhua'];
const COLLEAGUE = '6f1c1c8e-2b7a-4d53-9a39-0c1f0d7e5a10';
const STAMP = Date.UTC(2024, 0, 1);

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
/** A longest task: the long-task timing reports only tasks over 50 ms, so 0 means none. */
const fmtTask = (ms: number) => (ms === 0 ? 'none over 50 ms' : fmt(ms));
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN;

/** A deterministic id that zod's UUID check accepts (version 4, variant 8). */
function uuid(kind: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

function bodies(): string[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) =>
      parseArticle(readFileSync(join(seedsDir, f), 'utf8'))
        .paragraphs.filter((p) => p.kind === 'body')
        .map((p) => p.text),
    );
}

/** The fixture's records: documents, a codebook of 20 tags, two coders and their annotations. */
export async function fixtureRecords(articles: number, annotations: number) {
  const paragraphs = bodies();
  const tags: Tag[] = Array.from({ length: 20 }, (_, i) => ({
    id: uuid(1, i),
    name: `Theme ${String(i + 1).padStart(2, '0')}`,
    nameKey: `theme ${String(i + 1).padStart(2, '0')}`,
    color: '#fde68a',
    description: '',
    hotkey: null,
    parentId: null,
    createdAt: new Date(STAMP).toISOString(),
  }));
  const documents: DocumentRecord[] = [];
  for (let i = 0; i < articles; i++) {
    const text = [0, 1, 2].map((k) => paragraphs[(i * 3 + k) % paragraphs.length]).join('\n\n');
    documents.push({
      id: `doc-view-${String(i).padStart(6, '0')}`,
      file: `view-${i}.txt`,
      title: `${i + 1}. ${text.split(/\s+/).slice(0, 7).join(' ')}`,
      source: OUTLETS[i % OUTLETS.length] as string,
      language: 'en',
      date: new Date(STAMP + (i % 900) * 86_400_000).toISOString().slice(0, 10),
      byline: null,
      wordCount: countWords(text),
      byteLength: new TextEncoder().encode(text).length,
      sha256: await sha256Hex(text),
      text,
      createdAt: new Date(STAMP + i).toISOString(),
    });
  }
  const all: Annotation[] = [];
  for (let n = 0; n < annotations; n++) {
    const doc = documents[n % articles] as DocumentRecord;
    const slot = Math.floor(n / articles);
    const start = (slot * 37) % Math.max(1, doc.text.length - 40);
    const end = start + 12 + (n % 20);
    const at = new Date(STAMP + n * 1000).toISOString();
    const first = tags[n % 20] as Tag;
    const second = tags[(n * 7 + 3) % 20] as Tag;
    all.push({
      id: uuid(2, n),
      articleId: doc.id,
      textHash: doc.sha256,
      ranges: [{ start, end, exact: doc.text.slice(start, end), prefix: '', suffix: '' }],
      tagIds: n % 3 === 0 && second.id !== first.id ? [first.id, second.id] : [first.id],
      note: '',
      color: null,
      createdAt: at,
      updatedAt: at,
      status: 'exact',
      // Two layers over every article (alternate slots), so the agreement has units to measure.
      coderId: slot % 2 === 0 ? 'local' : COLLEAGUE,
    });
  }
  const coders = [
    { id: 'local', name: 'Me', origin: 'local' as const, createdAt: new Date(STAMP).toISOString() },
    {
      id: COLLEAGUE,
      name: 'Colleague',
      origin: 'imported' as const,
      createdAt: new Date(STAMP).toISOString(),
    },
  ];
  return { documents, tags, coders, annotations: all };
}

/**
 * The fixture as native backups: the first holds the documents, the codebook and the coders,
 * the others the annotations in chunks (each file stays under the 20 MB import limit).
 */
export async function fixtureFiles(articles: number, annotations: number): Promise<string[]> {
  const { documents, tags, coders, annotations: all } = await fixtureRecords(articles, annotations);
  const file = (parts: Partial<Parameters<typeof exportNative>[0]>) =>
    // Compact JSON: the parser does not mind, and the files stay small.
    JSON.stringify(
      JSON.parse(
        exportNative({
          articles: [],
          tags: [],
          annotations: [],
          memos: [],
          userArticles: [],
          exportedAt: new Date(STAMP),
          ...parts,
        }),
      ),
    );
  const files = [file({ userArticles: documents, tags, coders })];
  const CHUNK = 25_000;
  for (let i = 0; i < all.length; i += CHUNK)
    files.push(file({ tags, coders, annotations: all.slice(i, i + CHUNK) }));
  return files;
}

/**
 * Writes the fixture straight into the app's IndexedDB (the database the app made on its first
 * start, at its current version), in the shape its repositories store: far quicker than the
 * import at a hundred thousand annotations, whose own speed is measured elsewhere (app-transfer).
 */
export async function seedViewsFixture(
  page: Page,
  base: string,
  articles: number,
  annotations: number,
): Promise<void> {
  const records = await fixtureRecords(articles, annotations);
  await page.goto(`${base}/`);
  await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor({ timeout: 60_000 });
  const put = (rows: Record<string, unknown[]>) =>
    page.evaluate(
      (batch) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('gloss');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(Object.keys(batch), 'readwrite');
            for (const [table, list] of Object.entries(batch))
              for (const row of list) tx.objectStore(table).put(row);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      rows,
    );
  await put({
    tags: records.tags,
    coders: records.coders,
    articles: records.documents.map(({ text: _text, ...meta }) => meta),
    texts: records.documents.map(({ id, text }) => ({ id, text })),
  });
  for (let i = 0; i < records.annotations.length; i += 10_000)
    await put({ annotations: records.annotations.slice(i, i + 10_000) });
}

async function importFile(page: Page, base: string, text: string, name: string): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'gloss-views-bench-')), name);
  writeFileSync(path, text);
  await page.goto(`${base}/data`);
  await page.getByLabel('Import file').setInputFiles(path);
  await page.getByRole('button', { name: 'Merge' }).click({ timeout: 600_000 });
  // This file's own line: "Imported coders" (a heading, once a coder is in) is no sign of done.
  await page.getByText(`Imported ${name}:`).first().waitFor({ timeout: 600_000 });
}

/** In the page: the time from navigation start to the frame after `selector` first matched. */
export function shownAfterLoad(page: Page, selector: string, timeout: number): Promise<number> {
  return page.evaluate(
    ([sel, limit]) =>
      new Promise<number>((resolve, reject) => {
        const done = () => {
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now());
            channel.port2.postMessage(null);
          });
        };
        if (document.querySelector(sel)) return done();
        const observer = new MutationObserver(() => {
          if (!document.querySelector(sel)) return;
          observer.disconnect();
          done();
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => reject(new Error(`${sel} not shown in ${limit} ms`)), limit);
      }),
    [selector, timeout] as const,
  );
}

/** Compare's URL parameters choosing every tag of the fixture's codebook. */
export const compareTagQuery = () =>
  Array.from({ length: 20 }, (_, i) => `tag=${uuid(1, i)}`).join('&');

/** Longest main-thread task seen since the page's start. */
const LONG_TASKS = `
  window.__name = (fn) => fn;
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
`;
const longest = (page: Page) =>
  page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));

/** Compare (20 tags), /annotations and the agreement report over `annotations` annotations. */
export async function viewsAtScale(
  browser: Browser,
  base: string,
  articles: number,
  annotations: number,
): Promise<ViewRow[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  try {
    await seedViewsFixture(page, base, articles, annotations);
    return await measureViews(page, base, articles, annotations);
  } finally {
    await context.close();
  }
}

/** Puts the fixture in through the app's own import (a page of a fresh profile). */
export async function importViewsFixture(
  page: Page,
  base: string,
  articles: number,
  annotations: number,
): Promise<void> {
  const files = await fixtureFiles(articles, annotations);
  for (const [i, text] of files.entries()) await importFile(page, base, text, `views-${i}.json`);
}

/**
 * Measures the views over the imported fixture; `page` must watch long tasks from its start
 * (LONG_TASKS_SCRIPT as an init script).
 */
export async function measureViews(
  page: Page,
  base: string,
  articles: number,
  annotations: number,
  options: { agreement?: boolean; only?: 'agreement' } = {},
): Promise<ViewRow[]> {
  const label = `${annotations.toLocaleString('en')} annotations over ${articles.toLocaleString('en')} articles`;
  const tagQuery = compareTagQuery();
  const limit = 120_000;

  const compare: number[] = [];
  const compareTasks: number[] = [];
  const views = options.only === 'agreement' ? 0 : 3;
  for (let i = 0; i < views; i++) {
    await page.goto(`${base}/compare?${tagQuery}`);
    compare.push(await shownAfterLoad(page, '[aria-label="Passages by article"] li', limit));
    compareTasks.push(await longest(page));
  }
  if (process.env.VIEWS_SAMPLES) console.log(`Compare samples: ${compare.map(fmt).join(', ')}`);
  const list: number[] = [];
  const listTasks: number[] = [];
  for (let i = 0; i < views; i++) {
    await page.goto(`${base}/annotations`);
    list.push(await shownAfterLoad(page, '[aria-label="Matching annotations"] > *', limit));
    listTasks.push(await longest(page));
  }

  let report = NaN;
  let reportTask = NaN;
  if (options.agreement !== false) {
    await page.goto(`${base}/compare`);
    await page.getByRole('button', { name: 'Compute agreement' }).waitFor({ timeout: limit });
    // Compare's own counts first (its row measures them), so they do not run alongside.
    await page
      .getByText('Counting tags across every annotation…')
      .waitFor({ state: 'hidden', timeout: limit });
    // The longest task while it computes, not while the route loaded (Compare's own row).
    await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
    // Each new wording of the status, with when it showed (how long each stage takes).
    await page.evaluate(() => {
      const w = window as unknown as { __stages: [number, string][] };
      w.__stages = [];
      let last = '';
      new MutationObserver(() => {
        const text =
          document.querySelector('[aria-labelledby="compare-coders-title"] [role="status"]')
            ?.textContent ?? '';
        // The wording of the stage, not its counts.
        const stage = text.slice(0, 45);
        if (stage !== last) w.__stages.push([performance.now(), (last = stage)]);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const before = Date.now();
    const started = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Compute agreement' }).click();
    await page.getByRole('region', { name: /^Agreement of / }).waitFor({ timeout: 600_000 });
    report = Date.now() - before;
    reportTask = await longest(page);
    if (process.env.BENCH_STAGES === '1')
      for (const [at, stage] of await page.evaluate(
        () => (window as unknown as { __stages: [number, string][] }).__stages,
      ))
        console.log(`  ${fmt(at - started)}: ${stage.slice(0, 100)}`);
  }

  const c = median(compare);
  const l = median(list);
  const rows: ViewRow[] = [
    {
      case: `Compare, 20 tags, ${label}: first render after route load (median of 3)`,
      target: '≤ 500 ms',
      measured: `${fmt(c)} (longest task ${fmtTask(median(compareTasks))})`,
      met: c <= 500,
    },
    {
      case: `/annotations, ${label}: first render after route load (median of 3)`,
      target: '≤ 500 ms',
      measured: `${fmt(l)} (longest task ${fmtTask(median(listTasks))})`,
      met: l <= 500,
    },
    {
      case: `agreement report of 2 coders, ${label}: Compute → report shown`,
      target: '≤ 5 s, no task > 50 ms',
      measured: `${fmt(report)} (longest task ${fmtTask(reportTask)})`,
      met: report <= 5000 && reportTask <= 50,
    },
  ];
  if (options.only === 'agreement') return rows.slice(2);
  return options.agreement === false ? rows.slice(0, 2) : rows;
}

/** The init script measureViews needs. */
export const LONG_TASKS_SCRIPT = LONG_TASKS;
