import { screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationsRepo } from '../../src/db';
import { describeRange } from '../../src/domain/anchoring';
import { parseArticle } from '../../src/domain/corpus';
import { rangeToOffsets, selectionOffsets } from '../../src/reader-dom';
import { renderApp, seedFiles, seedText } from '../helpers/render-app';
import {
  articleBody,
  clearSelection,
  domRange,
  markedText,
  paintedIds,
  renderedParagraphs,
  seedAnnotation,
  selectCanonical,
} from '../helpers/reader-dom';

/**
 * For random selections in each seed: the DOM range maps back to the canonical offsets through
 * `data-offset` alone, and the highlight stored from them paints exactly the selected text.
 */

afterEach(() => {
  vi.unstubAllGlobals();
  document.getSelection()?.removeAllRanges();
});

const RUNS = 30;
const seedIds = seedFiles().map(({ file }) => file.replace(/\.txt$/, ''));

interface Line {
  start: number;
  end: number;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from] as string)) from += 1;
  while (to > from && /\s/u.test(text[to - 1] as string)) to -= 1;
  return to > from ? { start: from, end: to } : null;
}

/** What the marks of a highlight over [start, end) show: its part of every rendered line. */
function visibleSlice(text: string, lines: readonly Line[], start: number, end: number): string {
  return lines
    .map((line) => text.slice(Math.max(line.start, start), Math.min(line.end, end)))
    .join('');
}

describe.each(seedIds)('selection round trip in %s', (articleId) => {
  it('maps random selections to canonical offsets and paints the same text back', async () => {
    const text = seedText(articleId);
    // Existing, overlapping highlights cut the text into many nodes inside nested marks.
    const lines = parseArticle(text).paragraphs.filter((p) => p.kind === 'body');
    const background = [];
    for (const line of lines.slice(1, 4)) {
      const length = line.end - line.start;
      background.push(
        await seedAnnotation({
          articleId,
          text,
          start: line.start + Math.floor(length / 5),
          end: line.start + Math.floor((3 * length) / 5),
        }),
        await seedAnnotation({
          articleId,
          text,
          start: line.start + Math.floor((2 * length) / 5),
          end: line.end,
        }),
      );
    }
    const backgroundIds = background.map((a) => a.id).sort();
    renderApp(`/articles/${articleId}`);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(paintedIds().sort()).toEqual(backgroundIds));
    const rendered: Line[] = renderedParagraphs().map((p) => ({
      start: Number(p.dataset.offset),
      end: Number(p.dataset.offset) + (p.textContent ?? '').length,
    }));
    const body = renderedParagraphs()
      .filter((p) => p.dataset.kind === 'body')
      .map((p) => ({
        start: Number(p.dataset.offset),
        end: Number(p.dataset.offset) + (p.textContent ?? '').length,
      }))
      .filter((line) => line.end > line.start);
    expect(body.length).toBeGreaterThan(2);

    const selections = fc
      .record({
        first: fc.nat({ max: body.length - 1 }),
        span: fc.nat({ max: 2 }),
        from: fc.nat(),
        to: fc.nat(),
      })
      .map(({ first, span, from, to }) => {
        const last = Math.min(first + span, body.length - 1);
        const a = body[first] as Line;
        const b = body[last] as Line;
        return {
          start: a.start + (from % (a.end - a.start)),
          end: b.start + 1 + (to % (b.end - b.start)),
        };
      })
      .filter(({ start, end }) => end > start && trimmed(text, start, end) !== null);

    await fc.assert(
      fc.asyncProperty(selections, async ({ start, end }) => {
        const expected = trimmed(text, start, end) as { start: number; end: number };

        // The pure mapping, from a DOM range over the rendered reader.
        expect(rangeToOffsets(articleBody(), domRange(start, end), text)).toEqual(expected);

        // The same through the document selection, as the reader sees it.
        await selectCanonical(start, end);
        await waitFor(() => expect(selectionOffsets(articleBody(), text)).toEqual(expected));
        await clearSelection();

        // Stored and painted again: the marks show exactly the selected text.
        const annotation = await seedAnnotation({
          articleId,
          text,
          ranges: [describeRange(text, expected.start, expected.end)],
        });
        expect(annotation.ranges[0]?.exact).toBe(text.slice(expected.start, expected.end));
        await waitFor(() =>
          expect(markedText(annotation.id)).toBe(
            visibleSlice(text, rendered, expected.start, expected.end),
          ),
        );
        await annotationsRepo.remove(annotation.id);
        await waitFor(() => expect(paintedIds().sort()).toEqual(backgroundIds));
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
