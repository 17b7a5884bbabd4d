/**
 * The documents of the built-app cases, as the three implementations take them: a native backup
 * for Gloss (imported through its UI), the paragraphs and ranges for the Recogito peer
 * (bench/peer.ts) and the floor page.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeRange } from '../src/domain/anchoring/describe';
import { parseArticle, sha256Hex } from '../src/domain/corpus';
import { exportNative } from '../src/domain/formats/native-export';
import type { Annotation, DocumentRecord } from '../src/domain/model';
import { syntheticTextFrom } from './synthetic-text';

const seedsDir = fileURLToPath(new URL('../public/seeds', import.meta.url));

export interface Span {
  start: number;
  end: number;
}

export interface Fixture {
  id: string;
  text: string;
  /** The native backup Gloss imports. */
  file: string;
  paragraphs: { start: number; text: string }[];
  /** Where each sample selects: three words at the start of a paragraph with no highlight. */
  targets: Span[];
  ranges: Span[];
}

/** A seed file's text exactly as the app reads it (UTF-8, a byte-order mark kept). */
export function seedText(id: string): string {
  return readFileSync(join(seedsDir, `${id}.txt`), 'utf8');
}

/** The long synthetic text, the same as the benchmark page's (bench/corpus.ts). */
export function longText(words: number): string {
  const texts = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  return syntheticTextFrom(texts, words);
}

/**
 * `present` short highlights in every other paragraph of `text` (the others keep their starts
 * free for the samples), as a native backup; `bundled` when the text is a seed article's, which
 * the backup then names without carrying it.
 */
export async function fixture(
  id: string,
  text: string,
  present: number,
  samples: number,
  bundled = false,
): Promise<Fixture> {
  const parsed = parseArticle(text);
  const textHash = await sha256Hex(text);
  const paragraphs = parsed.paragraphs.filter((p) => p.kind === 'body' && p.end - p.start > 80);
  const free = paragraphs.filter((_, i) => i % 2 === 0).slice(0, samples);
  const marked = paragraphs.filter((_, i) => i % 2 === 1);
  const ranges: Span[] = [];
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
    userArticles: bundled ? [] : [document],
    exportedAt: new Date(stamp),
  });
  const file = join(mkdtempSync(join(tmpdir(), 'gloss-bench-')), `${id}.json`);
  writeFileSync(file, backup);
  const targets = free.map((p) => {
    const slice = text.slice(p.start, p.start + 60);
    const words3 = /^(?:\S+\s+){2}\S+/.exec(slice)?.[0] ?? slice.slice(0, 20);
    return { start: p.start, end: p.start + words3.length };
  });
  return {
    id,
    text,
    file,
    paragraphs: parsed.paragraphs.map((p) => ({ start: p.start, text: p.text })),
    targets,
    ranges,
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The floor page: plain paragraphs, every highlight a range in one CSS Custom Highlight; `h`
 * adds the selection as one more range. It appends an element to #painted when its highlights
 * are set and to #count on each `h`, for the probes to see.
 */
export function floorHtml(f: Fixture): string {
  const paragraphs = f.paragraphs
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
    document.getElementById('painted').append(document.createElement('i'));
    const count = document.getElementById('count');
    window.addEventListener('keydown', (event) => {
      if (event.key !== 'h') return;
      const s = getSelection(); if (!s || s.isCollapsed) return;
      const r = s.getRangeAt(0);
      const range = new Range(); range.setStart(...point(offsetOf(r.startContainer, r.startOffset))); range.setEnd(...point(offsetOf(r.endContainer, r.endOffset)));
      highlight.add(range); s.removeAllRanges();
      count.append(document.createElement('i'));
    });`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>::highlight(bench){background:#fde68a}body{font:18px/1.6 Georgia,serif;max-width:40rem;margin:2rem auto}</style></head><body><div id="text">${paragraphs}</div><div id="painted" hidden></div><div id="count" hidden></div><script>${script}</script></body></html>`;
}

/** What bench/peer.ts fetches. */
export function peerData(f: Fixture): string {
  return JSON.stringify({ paragraphs: f.paragraphs, ranges: f.ranges });
}
