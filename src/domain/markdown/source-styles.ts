import { inlineFinder } from './inline';
import type { Paragraph } from '../corpus/types';

/**
 * How a Markdown document's own text is shown in the reader (docs/architecture.md "Rendering"):
 * every character stays on screen, so offsets keep pointing into the text exactly as uploaded;
 * the syntax is dimmed and what it marks up is styled.
 */
export type SourceStyle = 'syntax' | 'strong' | 'em' | 'code' | 'link' | 'url';

/** A run of one line styled one way; offsets are relative to the line. Runs may nest. */
export interface StyledRun {
  start: number;
  end: number;
  style: SourceStyle;
}

/** What a line of Markdown is, as a block, and how its characters are styled. */
export interface MarkdownLine {
  /** 1–6 for an ATX heading (`# …`), else 0. */
  heading: number;
  /** A block quote (`> …`). */
  quote: boolean;
  runs: StyledRun[];
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const QUOTE = /^ {0,3}>[ \t]?/;
const BULLET = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/**
 * Reads one line of a Markdown document: its block kind (heading level, quote) and the runs to
 * style — block markers, emphasis, code spans and links with their syntax apart. Linear in the
 * length of the line, like the note parser it shares its inline rules with.
 */
export function markdownLine(line: string): MarkdownLine {
  const runs: StyledRun[] = [];
  let heading = 0;
  let quote = false;
  let from = 0;
  let to = line.length;

  if (RULE.test(line)) return { heading, quote, runs: [{ start: 0, end: to, style: 'syntax' }] };
  const headingMatch = HEADING.exec(line);
  if (headingMatch) {
    heading = (headingMatch[1] as string).length;
    from = headingMatch[0].length;
    runs.push({ start: 0, end: from, style: 'syntax' });
    to = closingHashes(line, from);
    if (to < line.length) runs.push({ start: to, end: line.length, style: 'syntax' });
  } else {
    const quoteMatch = QUOTE.exec(line);
    if (quoteMatch) {
      quote = true;
      from = quoteMatch[0].length;
      runs.push({ start: 0, end: from, style: 'syntax' });
    }
    const bullet = BULLET.exec(line.slice(from));
    if (bullet) {
      runs.push({ start: from, end: from + bullet[0].length, style: 'syntax' });
      from += bullet[0].length;
    }
  }
  inlineRuns(line, from, to, runs);
  return { heading, quote, runs };
}

/** Where a heading's optional closing sequence (` ##  `) starts, or the line's length. */
function closingHashes(line: string, from: number): number {
  const blank = (i: number) => line[i] === ' ' || line[i] === '\t';
  let end = line.length;
  while (end > from && blank(end - 1)) end -= 1;
  let hashes = end;
  while (hashes > from && line[hashes - 1] === '#') hashes -= 1;
  if (hashes === end) return line.length;
  let start = hashes;
  while (start > from && blank(start - 1)) start -= 1;
  return start < hashes || start === from ? start : line.length;
}

/** Adds the inline runs of line[from, to) to `runs`, nested constructs after their parent. */
function inlineRuns(line: string, from: number, to: number, runs: StyledRun[]): void {
  const source = line.slice(from, to);
  const foundAt = inlineFinder(source);
  let index = 0;
  while (index < source.length) {
    const found = foundAt(index);
    if (!found) {
      index += 1;
      continue;
    }
    const at = (offset: number) => from + offset;
    runs.push({ start: at(index), end: at(found.contentStart), style: 'syntax' });
    if (found.kind === 'link') {
      runs.push({ start: at(found.contentStart), end: at(found.contentEnd), style: 'link' });
      inlineRuns(line, at(found.contentStart), at(found.contentEnd), runs);
      runs.push({ start: at(found.contentEnd), end: at(found.end), style: 'syntax' });
      runs.push({
        start: at(found.hrefStart ?? found.contentEnd),
        end: at(found.end - 1),
        style: 'url',
      });
    } else {
      runs.push({ start: at(found.contentStart), end: at(found.contentEnd), style: found.kind });
      if (found.kind !== 'code')
        inlineRuns(line, at(found.contentStart), at(found.contentEnd), runs);
      runs.push({ start: at(found.contentEnd), end: at(found.end), style: 'syntax' });
    }
    index = found.end;
  }
}

/** A piece of text between two run boundaries, with every style that covers it. */
export interface StyledPiece {
  start: number;
  end: number;
  styles: SourceStyle[];
}

/**
 * Cuts [0, length) at every run boundary; each piece lists the styles covering all of it. A
 * sweep over the sorted boundaries, O(k log k) in the number of runs whatever the line holds
 * (the runs covering a point are few: nesting is bounded).
 */
export function styledPieces(length: number, runs: readonly StyledRun[]): StyledPiece[] {
  const sorted = runs
    .filter((run) => run.end > run.start && run.start < length)
    .sort((a, b) => a.start - b.start);
  const cuts = new Set<number>([0, length]);
  for (const run of sorted) {
    cuts.add(run.start);
    cuts.add(Math.min(run.end, length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: StyledPiece[] = [];
  let active: StyledRun[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    active = active.filter((run) => run.end > start);
    while (next < sorted.length && (sorted[next] as StyledRun).start <= start) {
      active.push(sorted[next] as StyledRun);
      next += 1;
    }
    pieces.push({ start, end, styles: active.map((run) => run.style) });
  }
  return pieces;
}

/** Whether a file name is a Markdown document's, whose text is shown with its syntax styled. */
export function isMarkdownFile(file: string): boolean {
  return /\.(?:md|markdown)$/i.test(file);
}

/** A Markdown document's line as the reader shows it. */
export interface MarkdownParagraph {
  /** The line, its kind a subhead when it is a heading; otherwise the paragraph itself. */
  paragraph: Paragraph;
  heading: number;
  quote: boolean;
  pieces: StyledPiece[];
}

/** Reads every line of a Markdown document once, keyed by the line's start offset. */
export function markdownParagraphs(
  paragraphs: readonly Paragraph[],
): Map<number, MarkdownParagraph> {
  const lines = new Map<number, MarkdownParagraph>();
  for (const paragraph of paragraphs) {
    const line = markdownLine(paragraph.text);
    lines.set(paragraph.start, {
      paragraph: line.heading > 0 ? { ...paragraph, kind: 'subhead' } : paragraph,
      heading: line.heading,
      quote: line.quote,
      pieces: styledPieces(paragraph.text.length, line.runs),
    });
  }
  return lines;
}
