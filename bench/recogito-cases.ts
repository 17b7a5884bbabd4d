/**
 * The same documents and highlights in Recogito's text annotator
 * (@recogito/text-annotator, SPANS renderer), for a side-by-side comparison.
 */
import { createTextAnnotator, type TextAnnotator } from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';
import type { Annotation } from '../src/domain/model';
import { benchAnnotations, seedDocument, type BenchDocument } from './corpus';
import { bigDocument, freshStage } from './gloss-cases';
import { nextFrame, recordLongTasks, type LongTasks } from './measure';

interface RecogitoAnnotation {
  id: string;
  bodies: [];
  target: { annotation: string; selector: { quote: string; start: number; end: number }[] };
}

/** Gloss annotations in Recogito's own model: offsets into the container's text content. */
function toRecogito(annotations: readonly Annotation[]): RecogitoAnnotation[] {
  return annotations.map((a) => ({
    id: a.id,
    bodies: [],
    target: {
      annotation: a.id,
      selector: a.ranges.map((r) => ({ quote: r.exact, start: r.start, end: r.end })),
    },
  }));
}

/**
 * The article as static HTML, one <p> per paragraph with the text between
 * paragraphs (newlines) kept as text nodes, so the container's textContent is
 * exactly the canonical text and Gloss's offsets are Recogito's offsets.
 */
function renderPlain(stage: HTMLElement, doc: BenchDocument): HTMLElement {
  const article = document.createElement('article');
  article.lang = doc.entry.language;
  article.className = 'bench-plain-article';
  let at = 0;
  for (const paragraph of doc.parsed.paragraphs) {
    if (paragraph.start > at) article.append(doc.text.slice(at, paragraph.start));
    const p = document.createElement('p');
    p.textContent = paragraph.text;
    article.append(p);
    at = paragraph.end;
  }
  if (at < doc.text.length) article.append(doc.text.slice(at));
  stage.append(article);
  if (article.textContent !== doc.text) throw new Error('the plain rendering changed the text');
  return article;
}

let annotator: TextAnnotator | null = null;

export interface RecogitoResult {
  /** Creating the static HTML of the text. */
  dom: number;
  /** createTextAnnotator(…, { renderer: 'SPANS' }). */
  init: number;
  /** setAnnotations(…), synchronous part. */
  setAnnotations: number;
  /** dom + init + setAnnotations. */
  mount: number;
  /** From the start until the first frame with highlight spans painted. */
  firstScreen: number;
  highlightSpans: number;
  longTasks: LongTasks;
}

/** Resolves once the SPANS renderer has drawn at least one highlight, then after that frame. */
function firstHighlights(stage: HTMLElement, timeout = 20_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const poll = () => {
      if (stage.querySelector('.r6o-span-highlight-layer .r6o-annotation')) {
        void nextFrame().then(resolve);
        return;
      }
      if (performance.now() - started > timeout) {
        reject(new Error(`Recogito drew no highlight within ${timeout} ms`));
        return;
      }
      requestAnimationFrame(poll);
    };
    poll();
  });
}

async function mountRecogito(
  doc: BenchDocument,
  annotations: readonly Annotation[],
): Promise<RecogitoResult> {
  annotator?.destroy();
  annotator = null;
  const stage = freshStage();
  const recogito = toRecogito(annotations);
  await nextFrame();
  const tasks = recordLongTasks();
  const t0 = performance.now();
  const container = renderPlain(stage, doc);
  const t1 = performance.now();
  annotator = createTextAnnotator(container, { renderer: 'SPANS' });
  const t2 = performance.now();
  annotator.setAnnotations(recogito as never, true);
  const t3 = performance.now();
  const t4 = await firstHighlights(stage);
  return {
    dom: t1 - t0,
    init: t2 - t1,
    setAnnotations: t3 - t2,
    mount: t3 - t0,
    firstScreen: t4 - t0,
    highlightSpans: stage.querySelectorAll('.r6o-annotation').length,
    longTasks: await tasks.stop(),
  };
}

/** Recogito on one seed article with `highlights` highlights (same as openArticle). */
export async function recogitoOpenArticle(id: string, highlights: number): Promise<RecogitoResult> {
  const doc = await seedDocument(id);
  return mountRecogito(doc, benchAnnotations(doc, highlights));
}

/** Recogito on the synthetic document with `highlights` highlights (same as mountBigDocument). */
export async function recogitoBigDocument(
  words: number,
  highlights: number,
): Promise<RecogitoResult> {
  const doc = await bigDocument(words);
  return mountRecogito(doc, benchAnnotations(doc, highlights));
}

export interface RecogitoAddResult {
  /** Per added highlight: from addAnnotation() to the next frame with its span drawn. */
  samples: number[];
  present: number;
}

/**
 * Adds `samples` highlights one at a time to Recogito holding `present` on
 * the synthetic document: the same highlights as Gloss's addHighlight, each
 * scrolled into view first (the SPANS renderer draws only what is on screen).
 * Timed from addAnnotation() (Recogito's own selection handling on mouseup is
 * not included) to the frame after its span appears.
 */
export async function recogitoAddHighlight(
  words: number,
  present: number,
  samples: number,
): Promise<RecogitoAddResult> {
  const doc = await bigDocument(words);
  const stored = benchAnnotations(doc, present, { seed: 42 });
  const extra = toRecogito(benchAnnotations(doc, samples, { seed: 4242 }));
  await mountRecogito(doc, stored);
  const stage = document.getElementById('bench-stage') as HTMLElement;
  const active = annotator as TextAnnotator;
  const paragraphs = Array.from(stage.querySelectorAll<HTMLElement>('article > p'));
  const result: RecogitoAddResult = { samples: [], present };
  for (const annotation of extra) {
    // renderPlain made one <p> per parsed paragraph, in order.
    const start = annotation.target.selector[0]?.start ?? 0;
    const holder = doc.parsed.paragraphs.findIndex((p) => p.start <= start && start < p.end);
    paragraphs[holder]?.scrollIntoView({ block: 'center' });
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await nextFrame();
    const t0 = performance.now();
    active.addAnnotation(annotation as never);
    const t1 = await spanOf(stage, annotation.id);
    result.samples.push(t1 - t0);
  }
  return result;
}

function spanOf(stage: HTMLElement, id: string, timeout = 5000): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const poll = () => {
      if (stage.querySelector(`.r6o-annotation[data-annotation="${id}"]`)) {
        void nextFrame().then(resolve);
        return;
      }
      if (performance.now() - started > timeout) {
        reject(new Error(`Recogito did not draw highlight ${id} within ${timeout} ms`));
        return;
      }
      requestAnimationFrame(poll);
    };
    poll();
  });
}
