/**
 * The Recogito peer of the built-app cases (bench/app-cases.ts): the same paragraphs as the
 * reader and the floor page, one <p data-offset> each with nothing between them (text nodes
 * between paragraphs double Recogito's cost), every highlight given in one `setAnnotations`
 * call as its documentation shows, and `h` adding the selection with `addAnnotation`. The
 * document comes from ./peer-data.json, which the benchmark serves per case.
 */
import { createTextAnnotator } from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';

interface PeerData {
  paragraphs: { start: number; text: string }[];
  ranges: { start: number; end: number }[];
}

const data = (await (await fetch('./peer-data.json')).json()) as PeerData;
const container = document.getElementById('text') as HTMLElement;
container.append(
  ...data.paragraphs.map((p) => {
    const element = document.createElement('p');
    element.dataset.offset = String(p.start);
    element.textContent = p.text;
    return element;
  }),
);

/** Where each paragraph starts in the container's text content (Recogito's offsets). */
const starts: number[] = [];
let at = 0;
for (const p of data.paragraphs) {
  starts.push(at);
  at += p.text.length;
}
function paragraphOf(offset: number): number {
  let lo = 0;
  let hi = data.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((data.paragraphs[mid] as { start: number }).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
/** A canonical offset (the text file's) as an offset into the container's text. */
function peerOffset(offset: number): number {
  const i = paragraphOf(offset);
  return (starts[i] as number) + offset - (data.paragraphs[i] as { start: number }).start;
}

const fullText = container.textContent ?? '';
let next = 0;
const annotation = (start: number, end: number) => {
  const id = `peer-${(next += 1)}`;
  const from = peerOffset(start);
  const to = peerOffset(end);
  return {
    id,
    bodies: [],
    target: {
      annotation: id,
      selector: [{ quote: fullText.slice(from, to), start: from, end: to }],
    },
  };
};

const annotator = createTextAnnotator(container, { renderer: 'SPANS', annotatingEnabled: false });
annotator.setAnnotations(data.ranges.map((r) => annotation(r.start, r.end)) as never, true);

window.addEventListener('keydown', (event) => {
  if (event.key !== 'h') return;
  const selection = getSelection();
  if (!selection || selection.isCollapsed) return;
  const range = selection.getRangeAt(0);
  const canonical = (node: Node, offset: number) =>
    Number(node.parentElement?.closest<HTMLElement>('[data-offset]')?.dataset.offset) + offset;
  annotator.addAnnotation(
    annotation(
      canonical(range.startContainer, range.startOffset),
      canonical(range.endContainer, range.endOffset),
    ) as never,
  );
  selection.removeAllRanges();
});
