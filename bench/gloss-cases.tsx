/** Benchmark cases that render Gloss's own reader components. */
import { useImperativeHandle, useMemo, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { ArticleView } from '../src/components/article-view';
import { paragraphRenders } from '../src/components/render-probe';
import type { PaintedSpan } from '../src/domain/highlights/paint';
import { annotationsRepo, getDb } from '../src/db';
import { anchorAnnotation, describeRange } from '../src/domain/anchoring';
import { parseArticle } from '../src/domain/corpus';
import type { HighlightSpan } from '../src/domain/highlights/segments';
import type { Annotation } from '../src/domain/model';
import { rangeToOffsets } from '../src/reader-dom';
import { useReaderAnnotations } from '../src/hooks/use-reader-annotations';
import { benchAnnotations, seedDocument, syntheticDocument, type BenchDocument } from './corpus';
import { nextFrame, nextFrameDetail, recordLongTasks, settle, type LongTasks } from './measure';

const colors = ['#fde68a', '#bfdbfe', '#bbf7d0', '#fecaca'];
const paint = (span: HighlightSpan): PaintedSpan => ({
  ...span,
  color: colors[span.id.charCodeAt(0) % colors.length] as string,
  label: 'Highlight',
  active: false,
});
const noop = () => undefined;

let root: Root | null = null;

/** An empty stage at the size of the reader's text column. */
export function freshStage(): HTMLElement {
  root?.unmount();
  root = null;
  const stage = document.getElementById('bench-stage') as HTMLElement;
  stage.replaceChildren();
  return stage;
}

function mount(stage: HTMLElement): Root {
  root = createRoot(stage);
  return root;
}

function Article({ doc, spans }: { doc: BenchDocument; spans: readonly HighlightSpan[] }) {
  const painted = useMemo(() => spans.map(paint), [spans]);
  return (
    <ArticleView
      entry={doc.entry}
      parsed={doc.parsed}
      showPageExtras={false}
      onTogglePageExtras={noop}
      spans={painted}
    />
  );
}

/** What the reader does with stored annotations when it opens an article: anchor, then paint. */
function anchorSpans(
  text: string,
  textHash: string,
  annotations: readonly Annotation[],
): HighlightSpan[] {
  return annotations.flatMap((annotation) => {
    const result = anchorAnnotation(text, textHash, annotation);
    if (result.status === 'orphan') return [];
    return result.ranges
      .filter((r) => r !== null)
      .map((r) => ({ id: annotation.id, start: r.start, end: r.end }));
  });
}

export interface OpenResult {
  parse: number;
  anchor: number;
  /** React render + commit of the article. */
  mount: number;
  /** From the start until the first frame with the article painted. */
  total: number;
  marks: number;
  paragraphs: number;
  longTasks: LongTasks;
}

/** Opens one seed article with `highlights` stored highlights: parse, anchor, render, paint. */
export async function openArticle(id: string, highlights: number): Promise<OpenResult> {
  const doc = await seedDocument(id);
  const annotations = benchAnnotations(doc, highlights);
  const stage = freshStage();
  await nextFrame();
  const tasks = recordLongTasks();
  const t0 = performance.now();
  const parsed = parseArticle(doc.text);
  const t1 = performance.now();
  const spans = anchorSpans(doc.text, doc.entry.textHash, annotations);
  const t2 = performance.now();
  const reactRoot = mount(stage);
  flushSync(() => reactRoot.render(<Article doc={{ ...doc, parsed }} spans={spans} />));
  const t3 = performance.now();
  const t4 = await nextFrame();
  return {
    parse: t1 - t0,
    anchor: t2 - t1,
    mount: t3 - t2,
    total: t4 - t0,
    marks: stage.querySelectorAll('mark').length,
    paragraphs: stage.querySelectorAll('[data-offset]').length,
    longTasks: await tasks.stop(),
  };
}

export interface BigDocumentResult {
  words: number;
  highlights: number;
  paragraphs: number;
  marks: number;
  anchor: number;
  /** From the start of the render until every paragraph and mark is in the DOM. */
  mount: number;
  /** The synchronous first render (the first screen of paragraphs). */
  firstRender: number;
  /** From the start of the render until the first frame is painted. */
  firstScreen: number;
  longTasks: LongTasks;
}

const documents = new Map<number, Promise<BenchDocument>>();
/** The synthetic document of `words` words (built once per page). */
export function bigDocument(words: number): Promise<BenchDocument> {
  let doc = documents.get(words);
  if (!doc) {
    doc = syntheticDocument(words);
    documents.set(words, doc);
  }
  return doc;
}

/** How many paragraphs the reader shows for `doc` (page extras folded, the headline as h1). */
function shownParagraphs(doc: BenchDocument): number {
  const [first, ...rest] = doc.parsed.paragraphs;
  const titleFirst = first !== undefined && first.text.trim() === doc.parsed.title;
  const body = titleFirst ? rest : doc.parsed.paragraphs;
  return body.filter((p) => p.kind !== 'chrome').length + (titleFirst ? 1 : 0);
}

/** Waits, frame by frame, until every paragraph of `doc` is in the DOM; returns when. */
async function allParagraphs(stage: HTMLElement, doc: BenchDocument): Promise<number> {
  const expected = shownParagraphs(doc);
  for (;;) {
    const at = await nextFrame();
    if (stage.querySelectorAll('[data-offset]').length >= expected) return at;
  }
}

/** Mounts the synthetic document with `highlights` highlights. */
export async function mountBigDocument(
  words: number,
  highlights: number,
): Promise<BigDocumentResult> {
  const doc = await bigDocument(words);
  const annotations = benchAnnotations(doc, highlights);
  const stage = freshStage();
  await nextFrame();
  const tasks = recordLongTasks();
  const t0 = performance.now();
  const spans = anchorSpans(doc.text, doc.entry.textHash, annotations);
  const t1 = performance.now();
  const reactRoot = mount(stage);
  flushSync(() => reactRoot.render(<Article doc={doc} spans={spans} />));
  const t2 = performance.now();
  const t3 = await nextFrame();
  // The first screen renders at once; the rest follows in a transition.
  const t4 = await allParagraphs(stage, doc);
  return {
    words: doc.parsed.wordCount,
    highlights: spans.length,
    paragraphs: stage.querySelectorAll('[data-offset]').length,
    marks: stage.querySelectorAll('mark').length,
    anchor: t1 - t0,
    mount: t4 - t1,
    firstRender: t2 - t1,
    firstScreen: t3 - t1,
    longTasks: await tasks.stop(),
  };
}

/** The DOM range a reader's drag would select over canonical [start, end). */
function domRange(stage: HTMLElement, start: number, end: number): Range {
  const paragraphs = Array.from(stage.querySelectorAll<HTMLElement>('[data-offset]'));
  const at = (offset: number): [Node, number] => {
    let paragraph = paragraphs[0] as HTMLElement;
    for (const p of paragraphs) if (Number(p.dataset.offset) <= offset) paragraph = p;
    let seen = Number(paragraph.dataset.offset);
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (offset <= seen + length) return [node, offset - seen];
      seen += length;
    }
    throw new Error(`offset ${offset} is outside the rendered text`);
  };
  const range = document.createRange();
  range.setStart(...at(start));
  range.setEnd(...at(end));
  return range;
}

export interface AddHighlightResult {
  /** Per added highlight: from "mouseup" (selection → offsets) to the next painted frame. */
  samples: number[];
  /** Per added highlight: from "mouseup" until React has committed the new mark to the DOM. */
  committed: number[];
  /** Per added highlight: style, layout and paint of the frame that shows it. */
  frameRendering: number[];
  /** Per added highlight: how many paragraphs re-rendered (null when React does not profile). */
  rendered: (number | null)[];
  present: number;
  path: 'render' | 'database';
  /** Database path, measured apart once at the end: what the live query redoes on every change. */
  liveQuery?: { read: number; anchor: number; annotations: number };
}

interface Adder {
  add: (span: HighlightSpan) => void;
}

function Growing({
  doc,
  initial,
  adder,
}: {
  doc: BenchDocument;
  initial: HighlightSpan[];
  adder: Ref<Adder>;
}) {
  const [spans, setSpans] = useState(initial);
  useImperativeHandle(adder, () => ({ add: (span) => setSpans((s) => [...s, span]) }), []);
  return <Article doc={doc} spans={spans} />;
}

function Stored({ doc }: { doc: BenchDocument }) {
  const { anchored } = useReaderAnnotations(doc.entry.id, doc.text, doc.entry.textHash);
  const spans = useMemo(
    () =>
      anchored.flatMap(({ annotation, ranges }) =>
        ranges.map((r) => ({ id: annotation.id, start: r.start, end: r.end })),
      ),
    [anchored],
  );
  return <Article doc={doc} spans={spans} />;
}

const profiling = location.pathname.startsWith('/profiling/');

function countRenders(): { stop: () => number | null } {
  let count = 0;
  paragraphRenders.listener = () => {
    count += 1;
  };
  return {
    stop() {
      paragraphRenders.listener = null;
      return profiling ? count : null;
    },
  };
}

/** Resolves when `selector` matches inside `stage` (checked on every DOM change). */
function appeared(stage: HTMLElement, selector: string, timeout = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stage.querySelector(selector)) return resolve();
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${selector} did not appear within ${timeout} ms`));
    }, timeout);
    const observer = new MutationObserver(() => {
      if (!stage.querySelector(selector)) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(stage, { childList: true, subtree: true });
  });
}

/**
 * Adds `samples` highlights, one at a time, to the synthetic document holding
 * `present` highlights. Each sample starts at "mouseup": the selection is
 * mapped to offsets with the reader's own rangeToOffsets and described with
 * describeRange. Then:
 * - path 'render': the span is added to React state (what the reader does
 *   once the new annotation arrives), measuring rendering alone;
 * - path 'database': the annotation is written with annotationsRepo.create and
 *   the reader's own hook (useReaderAnnotations: live query, re-anchoring)
 *   brings it back, i.e. the whole mouseup → painted path minus the editor UI.
 */
export async function addHighlight(
  words: number,
  present: number,
  samples: number,
  path: 'render' | 'database',
): Promise<AddHighlightResult> {
  const doc = await bigDocument(words);
  const stored = benchAnnotations(doc, present, { seed: 42 });
  const extra = benchAnnotations(doc, samples, { seed: 4242 });
  const stage = freshStage();
  const reactRoot = mount(stage);
  const adder: { current: Adder | null } = { current: null };
  if (path === 'database') {
    const db = getDb();
    await db.annotations.where('articleId').equals(doc.entry.id).delete();
    await db.annotations.bulkPut(stored);
    reactRoot.render(<Stored doc={doc} />);
    await appeared(stage, `mark[data-annotation-id="${stored[stored.length - 1]?.id}"]`);
  } else {
    const initial = anchorSpans(doc.text, doc.entry.textHash, stored);
    flushSync(() => reactRoot.render(<Growing doc={doc} initial={initial} adder={adder} />));
  }
  await allParagraphs(stage, doc);
  await nextFrame();
  await settle(50);

  const result: AddHighlightResult = {
    samples: [],
    committed: [],
    frameRendering: [],
    rendered: [],
    present,
    path,
  };
  const selection = window.getSelection() as Selection;
  for (const annotation of extra) {
    const target = annotation.ranges[0] as { start: number; end: number };
    // The reader selects text on screen: bring it into view first (not timed).
    const selected = domRange(stage, target.start, target.end);
    (selected.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    await nextFrame();
    selection.removeAllRanges();
    selection.addRange(selected);
    await nextFrame();
    // A mouseup lands anywhere between two frames: spread the samples over the frame interval.
    await settle((result.samples.length * 7) % 17);
    const renders = countRenders();
    const t0 = performance.now();
    // mouseup: the reader reads the selection and turns it into canonical offsets.
    const offsets = rangeToOffsets(stage, selection.getRangeAt(0), doc.text);
    if (!offsets) throw new Error('the selection did not map to offsets');
    const range = describeRange(doc.text, offsets.start, offsets.end);
    if (path === 'database') {
      await annotationsRepo.create({ ...annotation, ranges: [range] });
      await appeared(stage, `mark[data-annotation-id="${annotation.id}"]`);
    } else {
      flushSync(() =>
        adder.current?.add({ id: annotation.id, start: range.start, end: range.end }),
      );
    }
    result.committed.push(performance.now() - t0);
    const frame = await nextFrameDetail();
    result.samples.push(frame.at - t0);
    result.frameRendering.push(frame.rendering);
    result.rendered.push(renders.stop());
    selection.removeAllRanges();
    await settle(path === 'database' ? 20 : 0);
  }
  if (path === 'database') {
    const r0 = performance.now();
    const all = await annotationsRepo.listByArticle(doc.entry.id);
    const r1 = performance.now();
    anchorSpans(doc.text, doc.entry.textHash, all);
    const r2 = performance.now();
    result.liveQuery = { read: r1 - r0, anchor: r2 - r1, annotations: all.length };
  }
  return result;
}

/** Writes `samples` annotations one by one through annotationsRepo.create; ms per write. */
export async function writeOne(samples: number): Promise<number[]> {
  const doc = await seedDocument('000_df97716ef8399177');
  const annotations = benchAnnotations(doc, samples, { seed: Date.now() % 100_000 });
  const times: number[] = [];
  for (const annotation of annotations) {
    const t0 = performance.now();
    await annotationsRepo.create(annotation);
    times.push(performance.now() - t0);
  }
  return times;
}
