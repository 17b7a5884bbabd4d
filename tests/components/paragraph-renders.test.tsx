import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paragraphRenders } from '../../src/components/render-probe';
import { annotationsRepo } from '../../src/db';
import { parseArticle } from '../../src/domain/corpus';
import { renderApp, seedText } from '../helpers/render-app';
import {
  marksOf,
  paintedIds,
  seedAnnotation,
  selectCanonical,
  settle,
  waitForMarks,
} from '../helpers/reader-dom';

/**
 * docs/architecture.md "Rendering": paragraphs are memoised and see only the highlights that touch them, so adding one
 * highlight re-renders one paragraph. The Profiler seam reports every paragraph render.
 */

const articleId = '004_d3ebd397d2656eba';
const text = seedText(articleId);
const bodyParagraphs = parseArticle(text).paragraphs.filter(
  (p) => p.kind === 'body' && p.end - p.start > 80,
);

let renders: number[] = [];

beforeEach(() => {
  renders = [];
  paragraphRenders.listener = (start) => renders.push(start);
});

afterEach(() => {
  paragraphRenders.listener = null;
  vi.unstubAllGlobals();
  document.getSelection()?.removeAllRanges();
});

/** Waits for the UI to finish reacting, then returns (and forgets) what re-rendered since last time. */
async function rendersSince(): Promise<{ paragraphs: number[]; count: number }> {
  await settle(120);
  const seen = { paragraphs: [...new Set(renders)].sort((a, b) => a - b), count: renders.length };
  renders = [];
  return seen;
}

/** Where a paragraph is, by its start offset in the canonical text. */
function paragraphAt(offset: number): number {
  const paragraph = parseArticle(text).paragraphs.find((p) => p.start <= offset && offset < p.end);
  if (!paragraph) throw new Error(`no paragraph at ${offset}`);
  return paragraph.start;
}

/** Ten highlights over the first five long body paragraphs, two each. */
async function seedTen() {
  const seeded = [];
  for (const paragraph of bodyParagraphs.slice(0, 5)) {
    seeded.push(
      await seedAnnotation({ articleId, text, start: paragraph.start, end: paragraph.start + 20 }),
      await seedAnnotation({
        articleId,
        text,
        start: paragraph.start + 30,
        end: paragraph.start + 60,
      }),
    );
  }
  return seeded;
}

function sidebar() {
  return screen.getByRole('complementary', { name: 'Annotations' });
}

function editor() {
  return screen.getByRole('region', { name: 'Annotation' });
}

const measured: Record<string, { paragraphs: number; renders: number }> = {};
function record(step: string, seen: { paragraphs: number[]; count: number }) {
  measured[step] = { paragraphs: seen.paragraphs.length, renders: seen.count };
}

afterEach(() => {
  // Shown in the test output, so the numbers can be quoted in the closing note.
  if (Object.keys(measured).length > 0) console.info('paragraph renders', JSON.stringify(measured));
  for (const step of Object.keys(measured)) delete measured[step];
});

describe('Paragraph re-renders', () => {
  it('re-renders only the paragraphs a change touches', async () => {
    expect(bodyParagraphs.length).toBeGreaterThanOrEqual(7);
    const seeded = await seedTen();
    const { user } = renderApp(`/articles/${articleId}`);
    await screen.findByRole('heading', { level: 1 });
    await waitForMarks(10);
    const initial = await rendersSince();
    expect(initial.paragraphs.length).toBeGreaterThanOrEqual(bodyParagraphs.length);

    // Selecting text changes no paragraph.
    const target = bodyParagraphs[5]!;
    await selectCanonical(target.start + 10, target.start + 50);
    await screen.findByRole('toolbar', { name: 'Annotate selection' });
    const selecting = await rendersSince();
    record('select', selecting);
    expect(selecting.paragraphs).toEqual([]);

    // Adding one highlight (which also opens its editor) re-renders that one paragraph.
    await user.click(
      within(screen.getByRole('toolbar', { name: 'Annotate selection' })).getByRole('button', {
        name: /^Highlight/,
      }),
    );
    await waitForMarks(11);
    await screen.findByRole('region', { name: 'Annotation' });
    const adding = await rendersSince();
    record('add highlight (editor opens)', adding);
    expect(adding.paragraphs).toEqual([target.start]);
    const created = paintedIds().find((id) => !seeded.some((a) => a.id === id)) as string;

    // Writing a note changes no painting: no paragraph re-renders.
    await user.type(within(editor()).getByRole('textbox', { name: 'Note' }), 'A note');
    await waitFor(() => expect(within(editor()).getByRole('status')).toHaveTextContent('Saved'));
    await waitFor(async () => expect((await annotationsRepo.get(created))?.note).toBe('A note'));
    const noting = await rendersSince();
    record('edit note', noting);
    expect(noting.paragraphs).toEqual([]);

    // A new tag (created in the codebook on the way) re-paints only this highlight's paragraph.
    await user.type(within(editor()).getByRole('combobox', { name: 'Tags' }), 'Ceasefire{Enter}');
    await waitFor(() =>
      expect(marksOf(created)[0]).toHaveAttribute('title', 'Highlight: Ceasefire'),
    );
    const tagging = await rendersSince();
    record('add tag', tagging);
    expect(tagging.paragraphs).toEqual([target.start]);

    // So does a colour.
    await user.click(within(editor()).getByRole('radio', { name: 'Blue' }));
    await waitFor(async () => expect((await annotationsRepo.get(created))?.color).toBe('#bfdbfe'));
    const colouring = await rendersSince();
    record('change colour', colouring);
    expect(colouring.paragraphs).toEqual([target.start]);

    // Opening another highlight re-paints the outline of the old and the new one only.
    const other = seeded[0]!;
    await user.click(
      within(sidebar()).getByRole('button', {
        name: new RegExp(`^“${other.ranges[0]!.exact.trim().slice(0, 15)}`),
      }),
    );
    await waitFor(() => expect(marksOf(other.id)[0]).toHaveAttribute('data-active', 'true'));
    const switching = await rendersSince();
    record('activate another highlight', switching);
    expect(switching.paragraphs).toEqual(
      [paragraphAt(other.ranges[0]!.start), target.start].sort((a, b) => a - b),
    );

    // A highlight written elsewhere (another tab, an import) re-renders only its paragraph.
    const quiet = bodyParagraphs[6]!;
    await seedAnnotation({ articleId, text, start: quiet.start + 5, end: quiet.start + 25 });
    await waitForMarks(12);
    const fromElsewhere = await rendersSince();
    record('add highlight from another tab', fromElsewhere);
    expect(fromElsewhere.paragraphs).toEqual([quiet.start]);

    // Deleting one re-renders its paragraph.
    await user.click(within(editor()).getByRole('button', { name: 'Delete annotation' }));
    await waitForMarks(11);
    const deleting = await rendersSince();
    record('delete (active) highlight', deleting);
    expect(deleting.paragraphs).toEqual([paragraphAt(other.ranges[0]!.start)]);
  });

  it('re-renders both paragraphs of a highlight that crosses a line break, and no others', async () => {
    await seedTen();
    renderApp(`/articles/${articleId}`);
    await screen.findByRole('heading', { level: 1 });
    await waitForMarks(10);
    await rendersSince();
    const [first, second] = [bodyParagraphs[5]!, bodyParagraphs[6]!];
    await seedAnnotation({ articleId, text, start: first.end - 10, end: second.start + 10 });
    await waitForMarks(11);
    const crossing = await rendersSince();
    record('add cross-paragraph highlight', crossing);
    const between = parseArticle(text)
      .paragraphs.filter((p) => p.start >= first.start && p.start <= second.start)
      .map((p) => p.start);
    expect(crossing.paragraphs).toEqual(between);
  });
});
