/**
 * The headline cases: the built app (vite preview of `vite build`) in headless Chromium, from a
 * real input event to the frame that shows its result, with the data put in through the app's
 * own import (a native backup chosen with "Import file", then "Merge"). Beside each Gloss sample
 * runs a floor sample: the same text as plain paragraphs with the same highlights drawn by the
 * CSS Custom Highlight API (one Highlight per colour), the least a browser can do for it.
 * Samples interleave: Gloss, floor, Gloss, floor…
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { build, preview } from 'vite';
import { describeRange } from '../src/domain/anchoring/describe';
import { countWords, parseArticle, sha256Hex } from '../src/domain/corpus';
import { exportNative } from '../src/domain/formats/native-export';
import type { Annotation, DocumentRecord } from '../src/domain/model';

const root = fileURLToPath(new URL('..', import.meta.url));
const appOutDir = join(root, 'node_modules/.cache/gloss-app-bench');
const seedsDir = join(root, 'public/seeds');

/** Input to the frame that shows the result, one sample per entry (ms). */
export interface AppCaseResult {
  case: string;
  gloss: number[];
  floor: number[];
  /** Longest main-thread task seen during the Gloss samples (ms; 0 when none over 50 ms). */
  glossLongestTask: number;
}

/** The seeds' body paragraphs, cycled until the text holds `words` words. */
function longText(words: number): string {
  const bodies = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) =>
      parseArticle(readFileSync(join(seedsDir, f), 'utf8'))
        .paragraphs.filter((p) => p.kind === 'body')
        .map((p) => p.text),
    );
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i += 1) {
    const paragraph = bodies[i % bodies.length] as string;
    parts.push(paragraph);
    count += countWords(paragraph);
  }
  return parts.join('\n\n');
}

interface Fixture {
  id: string;
  text: string;
  file: string;
  /** Where each sample selects: three words in an unmarked paragraph. */
  targets: { start: number; end: number }[];
  ranges: { start: number; end: number }[];
}

/** A document of `words` words with `present` two-word highlights, as a native backup file. */
async function fixture(words: number, present: number, samples: number): Promise<Fixture> {
  const text = longText(words);
  const parsed = parseArticle(text);
  const id = `bench-app-${words}-${present}`;
  const textHash = await sha256Hex(text);
  const paragraphs = parsed.paragraphs.filter((p) => p.end - p.start > 80);
  // Every other paragraph keeps its first 60 characters free for the samples' selections.
  const free = paragraphs.filter((_, i) => i % 2 === 0).slice(0, samples);
  const marked = paragraphs.filter((_, i) => i % 2 === 1);
  const ranges: { start: number; end: number }[] = [];
  const perParagraph = Math.max(1, Math.ceil(present / Math.max(1, marked.length)));
  for (const p of marked) {
    const step = Math.max(4, Math.floor((p.end - p.start) / perParagraph));
    for (let at = p.start; at + 3 < p.end && ranges.length < present; at += step)
      ranges.push({ start: at, end: Math.min(p.end, at + Math.min(12, step - 1)) });
    if (ranges.length >= present) break;
  }
  const stamp = '2024-01-01T00:00:00.000Z';
  const annotations: Annotation[] = ranges.map((r, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    articleId: id,
    coderId: 'local',
    textHash,
    ranges: [describeRange(text, r.start, r.end)],
    tagIds: [],
    note: '',
    color: null,
    createdAt: stamp,
    updatedAt: stamp,
    status: 'exact',
  }));
  const document: DocumentRecord = {
    id,
    file: `${id}.txt`,
    title: parsed.title,
    source: parsed.source,
    language: parsed.language,
    date: parsed.date,
    byline: parsed.byline,
    wordCount: parsed.wordCount,
    byteLength: new TextEncoder().encode(text).length,
    sha256: textHash,
    text,
    createdAt: stamp,
  };
  const backup = exportNative({
    articles: [],
    tags: [],
    annotations,
    memos: [],
    userArticles: [document],
    exportedAt: new Date(stamp),
  });
  const file = join(mkdtempSync(join(tmpdir(), 'gloss-bench-')), `${id}.json`);
  writeFileSync(file, backup);
  const targets = free.map((p) => {
    // Three words from the paragraph's start.
    const slice = text.slice(p.start, p.start + 60);
    const words3 = /^(\S+\s+){2}\S+/.exec(slice)?.[0] ?? slice.slice(0, 20);
    return { start: p.start, end: p.start + words3.length };
  });
  return { id, text, file, targets, ranges };
}

/**
 * Serves the built app; builds it first unless told not to. GLOSS_BENCH_APP_DIST serves another
 * build instead (to compare two versions of the app on one machine).
 */
export async function serveApp(port: number, skipBuild: boolean) {
  const outDir = process.env.GLOSS_BENCH_APP_DIST ?? appOutDir;
  if (!skipBuild && outDir === appOutDir) {
    await build({
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: appOutDir, emptyOutDir: true },
    });
  }
  return preview({
    configFile: join(root, 'vite.config.ts'),
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
}

/** Imports the fixture through /data: "Import file", then "Merge". */
async function importThroughUi(page: Page, base: string, file: string): Promise<void> {
  await page.goto(`${base}/data`);
  await page.getByLabel('Import file').setInputFiles(file);
  await page.getByRole('button', { name: 'Merge' }).click();
  await page
    .getByText(/imported|added|merged/i)
    .first()
    .waitFor({ timeout: 60_000 });
}

/** In the page: on the next `h` keydown, the time from the event to the frame with one more mark. */
function armKeyToPaint(page: Page, selector: string): Promise<void> {
  return page.evaluate((sel) => {
    const w = window as unknown as { __paint?: Promise<number> };
    w.__paint = new Promise<number>((resolve) => {
      const before = document.querySelectorAll(sel).length;
      const onKey = (event: KeyboardEvent) => {
        if (event.key !== 'h') return;
        window.removeEventListener('keydown', onKey, true);
        const started = event.timeStamp;
        const check = () => {
          if (document.querySelectorAll(sel).length > before) {
            // The frame after the change is the one that shows it.
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - started);
              channel.port2.postMessage(null);
            });
            return;
          }
          observer.observe(document.body, { childList: true, subtree: true });
        };
        const observer = new MutationObserver(() => {
          observer.disconnect();
          check();
        });
        observer.observe(document.body, { childList: true, subtree: true });
        // The floor page counts its highlights on an element it updates.
        queueMicrotask(check);
      };
      window.addEventListener('keydown', onKey, true);
    });
  }, selector);
}

/** Drags the mouse over canonical [start, end) of the element holding the text. */
async function dragSelect(page: Page, container: string, start: number, end: number) {
  const box = await page.evaluate(
    ({ container, start, end }) => {
      // Offsets are canonical: each paragraph says where it starts (data-offset).
      const paragraphs = [...document.querySelectorAll<HTMLElement>(`${container} [data-offset]`)];
      const point = (offset: number): [Node, number] => {
        let p = paragraphs[0] as HTMLElement;
        for (const candidate of paragraphs) {
          if (Number(candidate.dataset.offset) <= offset) p = candidate;
          else break;
        }
        let at = Number(p.dataset.offset);
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (offset <= at + length) return [node, offset - at];
          at += length;
        }
        throw new Error(`no text at ${offset}`);
      };
      const range = document.createRange();
      range.setStart(...point(start));
      range.setEnd(...point(end));
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rects = range.getClientRects();
      const first = rects[0] as DOMRect;
      const last = rects[rects.length - 1] as DOMRect;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    },
    { container, start, end },
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** The floor page: plain paragraphs, highlights by the CSS Custom Highlight API. */
function floorHtml(f: Fixture): string {
  const parsed = parseArticle(f.text);
  const paragraphs = parsed.paragraphs
    .map((p) => `<p data-offset="${p.start}">${escapeHtml(p.text)}</p>`)
    .join('');
  const script = `
    const text = document.getElementById('text');
    const ranges = ${JSON.stringify(f.ranges)};
    function point(offset) {
      const ps = text.children;
      let lo = 0, hi = ps.length - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (+ps[mid].dataset.offset <= offset) lo = mid; else hi = mid - 1; }
      const p = ps[lo];
      return [p.firstChild, offset - +p.dataset.offset];
    }
    function offsetOf(node, off) { const p = node.parentElement.closest('p'); return +p.dataset.offset + off; }
    const highlight = new Highlight();
    for (const r of ranges) { const range = new Range(); range.setStart(...point(r.start)); range.setEnd(...point(r.end)); highlight.add(range); }
    CSS.highlights.set('bench', highlight);
    const count = document.getElementById('count');
    window.addEventListener('keydown', (event) => {
      if (event.key !== 'h') return;
      const s = getSelection(); if (!s || s.isCollapsed) return;
      const r = s.getRangeAt(0);
      const range = new Range(); range.setStart(...point(offsetOf(r.startContainer, r.startOffset))); range.setEnd(...point(offsetOf(r.endContainer, r.endOffset)));
      highlight.add(range); s.removeAllRanges();
      const mark = document.createElement('i'); count.append(mark);
    });`;
  return `<!doctype html><html><head><style>::highlight(bench){background:#fde68a}body{font:18px/1.6 Georgia,serif;max-width:40rem;margin:2rem auto}</style></head><body><div id="text">${paragraphs}</div><div id="count" hidden></div><script>${script}</script></body></html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * "select three words with the mouse, press h → painted", with `present` highlights in a
 * `words`-word document, Gloss and the floor interleaved.
 */
export async function selectAndHighlight(
  browser: Browser,
  base: string,
  words: number,
  present: number,
  samples: number,
): Promise<AppCaseResult> {
  const f = await fixture(words, present, samples);
  const glossContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const floorContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx names functions with a helper the page does not have; evaluated code may need it.
  const keepNames = 'globalThis.__name = globalThis.__name || ((f) => f);';
  await glossContext.addInitScript(keepNames);
  await floorContext.addInitScript(keepNames);
  try {
    const gloss = await glossContext.newPage();
    await importThroughUi(gloss, base, f.file);
    await gloss.goto(`${base}/articles/${encodeURIComponent(f.id)}`);
    await gloss.waitForFunction(
      (n) =>
        new Set(
          [...document.querySelectorAll('mark[data-annotation-id]')].map((m) =>
            m.getAttribute('data-annotation-id'),
          ),
        ).size >= n,
      f.ranges.length,
      { timeout: 120_000 },
    );
    const floor = await floorContext.newPage();
    await floor.setContent(floorHtml(f));
    await floor.evaluate(keepNames);
    await gloss.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    const result: AppCaseResult = {
      case: `select 3 words with the mouse, press h → painted, ${present.toLocaleString('en')} present (${words.toLocaleString('en')} words)`,
      gloss: [],
      floor: [],
      glossLongestTask: 0,
    };
    for (const target of f.targets.slice(0, samples)) {
      await dragSelect(gloss, '[data-article-body]', target.start, target.end);
      await gloss.waitForTimeout(150);
      await armKeyToPaint(gloss, 'mark[data-annotation-id]');
      await gloss.keyboard.press('h');
      result.gloss.push(
        await gloss.evaluate(() => (window as unknown as { __paint: Promise<number> }).__paint),
      );
      await gloss.keyboard.press('Escape');

      await dragSelect(floor, '#text', target.start, target.end);
      await floor.waitForTimeout(150);
      await armKeyToPaint(floor, '#count i');
      await floor.keyboard.press('h');
      result.floor.push(
        await floor.evaluate(() => (window as unknown as { __paint: Promise<number> }).__paint),
      );
    }
    result.glossLongestTask = await gloss.evaluate(
      () => (window as unknown as { __longest: number }).__longest,
    );
    return result;
  } finally {
    await glossContext.close();
    await floorContext.close();
  }
}
