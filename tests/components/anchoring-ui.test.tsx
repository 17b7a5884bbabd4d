import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationsRepo } from '../../src/db';
import { describeRange } from '../../src/domain/anchoring';
import { renderApp, seedText } from '../helpers/render-app';
import {
  clearSelection,
  hashOf,
  markedText,
  marksOf,
  seedAnnotation,
  selectQuote,
  waitForMarks,
} from '../helpers/reader-dom';

/**
 * docs/architecture.md "Anchoring", in the reader: annotations written against an older text are found again when the
 * article opens — moved ones are re-saved at their new place, approximate ones wait for the
 * reader's confirmation, lost ones are kept under "Needs attention". Nothing is dropped.
 */

afterEach(() => {
  vi.unstubAllGlobals();
  document.getSelection()?.removeAllRanges();
});

const articleId = '003_160427fdb2b2b30e';
const text = seedText(articleId);
/** The hash of a text the article no longer has. */
const oldHash = 'a'.repeat(64);

const movedQuote = 'the deadly conflict gripping Syria, particularly the divided city of Aleppo';
const fuzzyQuote =
  'The top Russian diplomat further warned that support for extremists fighting to topple the government';
const editedQuote = fuzzyQuote.replace('warned', 'cautioned');
const lostQuote = 'Lavrov praised the excellent weather in Athens at length before lunch';

function at(quote: string) {
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThan(0);
  return { start, end: start + quote.length };
}

async function seedMoved() {
  const { start, end } = at(movedQuote);
  const range = describeRange(text, start, end);
  return seedAnnotation({
    articleId,
    text,
    textHash: oldHash,
    // Written when the text had 50 more characters before the passage.
    ranges: [{ ...range, start: start + 50, end: end + 50 }],
    note: 'moved one',
  });
}

async function seedFuzzy() {
  const { start, end } = at(fuzzyQuote);
  const range = describeRange(text, start, end);
  return seedAnnotation({
    articleId,
    text,
    textHash: oldHash,
    ranges: [{ ...range, exact: editedQuote, end: start + editedQuote.length }],
    note: 'fuzzy one',
  });
}

async function seedLost(quote = lostQuote) {
  return seedAnnotation({
    articleId,
    text,
    textHash: oldHash,
    ranges: [
      {
        start: 400,
        end: 400 + quote.length,
        exact: quote,
        prefix: 'Nothing like this ',
        suffix: ' ever.',
      },
    ],
    note: 'lost one',
  });
}

async function openArticle() {
  const app = renderApp(`/articles/${articleId}`);
  await screen.findByRole('heading', { level: 1 });
  return app;
}

function sidebar() {
  return screen.getByRole('complementary', { name: 'Annotations' });
}

function attention() {
  return within(sidebar()).getByRole('region', { name: /^Needs attention/ });
}

function placedList() {
  return within(sidebar()).getByRole('list', { name: /^\d+ annotations?$/ });
}

describe('Anchoring when an article opens', () => {
  it('finds a highlight whose text moved and re-saves it at its new offsets', async () => {
    const moved = await seedMoved();
    await openArticle();
    await waitForMarks(1);
    expect(markedText(moved.id)).toBe(movedQuote);

    const { start, end } = at(movedQuote);
    const textHash = await hashOf(text);
    await waitFor(async () =>
      expect(await annotationsRepo.get(moved.id)).toMatchObject({
        status: 'moved',
        textHash,
        ranges: [{ start, end, exact: movedQuote }],
      }),
    );
    const item = within(placedList()).getByRole('listitem');
    expect(item).toHaveTextContent(movedQuote);
    expect(item).toHaveTextContent('Moved');
    expect(
      within(sidebar()).queryByRole('region', { name: /^Needs attention/ }),
    ).not.toBeInTheDocument();
    // Its note came along.
    expect(item).toHaveTextContent('moved one');
  });

  it('asks the reader to confirm an approximate match, then treats it as placed', async () => {
    const fuzzy = await seedFuzzy();
    const { user } = await openArticle();
    await waitForMarks(1);
    // Shown in place, at the text as it is now …
    expect(markedText(fuzzy.id)).toBe(fuzzyQuote);
    // … and listed for confirmation, with the stored quote.
    const section = attention();
    expect(section).toHaveAccessibleName('Needs attention (1)');
    expect(section).toHaveTextContent(editedQuote);
    expect(section).toHaveTextContent('Approximate — confirm');
    // Nothing is written before the reader confirms.
    expect(await annotationsRepo.get(fuzzy.id)).toMatchObject({
      textHash: oldHash,
      status: 'exact',
    });

    await user.click(within(section).getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(
        within(sidebar()).queryByRole('region', { name: /^Needs attention/ }),
      ).not.toBeInTheDocument(),
    );
    const { start, end } = at(fuzzyQuote);
    expect(await annotationsRepo.get(fuzzy.id)).toMatchObject({
      status: 'moved',
      textHash: await hashOf(text),
      ranges: [{ start, end, exact: fuzzyQuote }],
    });
    const item = within(placedList()).getByRole('listitem');
    expect(item).toHaveTextContent(fuzzyQuote);
    expect(item).toHaveTextContent('Moved');
    expect(markedText(fuzzy.id)).toBe(fuzzyQuote);
  });

  it('"Show" on an approximate match opens it in the editor', async () => {
    const fuzzy = await seedFuzzy();
    const { user } = await openArticle();
    await waitForMarks(1);
    await user.click(within(attention()).getByRole('button', { name: 'Show' }));
    const editor = await screen.findByRole('region', { name: 'Annotation' });
    expect(within(editor).getByRole('textbox', { name: 'Note' })).toHaveValue('fuzzy one');
    expect(editor).toHaveTextContent(/Approximate match/);
    await waitFor(() => expect(marksOf(fuzzy.id)[0]).toHaveFocus());
  });

  it('keeps a lost highlight under "Needs attention" and re-attaches it to a selection', async () => {
    const lost = await seedLost();
    const { user } = await openArticle();
    const section = await within(sidebar()).findByRole('region', { name: /^Needs attention/ });
    expect(section).toHaveTextContent(lostQuote);
    expect(section).toHaveTextContent('Not found');
    expect(document.querySelector('mark[data-annotation-id]')).toBeNull();
    await waitFor(async () =>
      expect(await annotationsRepo.get(lost.id)).toMatchObject({
        status: 'orphan',
        note: 'lost one',
      }),
    );

    const reattach = within(section).getByRole('button', { name: 'Re-attach to selection' });
    expect(reattach).toBeDisabled();
    const chosen = 'Lavrov accused Washington of not doing enough';
    await selectQuote(text, chosen);
    await waitFor(() => expect(reattach).toBeEnabled());
    // From the keyboard: focus moves to the button and the selection stays. (A mouse click keeps
    // it too in Chromium, but user-event collapses the selection on any mousedown.)
    act(() => reattach.focus());
    await user.keyboard('{Enter}');

    await waitForMarks(1);
    expect(markedText(lost.id)).toBe(chosen);
    await waitFor(() =>
      expect(
        within(sidebar()).queryByRole('region', { name: /^Needs attention/ }),
      ).not.toBeInTheDocument(),
    );
    const { start, end } = at(chosen);
    expect(await annotationsRepo.get(lost.id)).toMatchObject({
      status: 'exact',
      note: 'lost one',
      textHash: await hashOf(text),
      ranges: [{ start, end, exact: chosen }],
    });
    await clearSelection();
  });

  it('deletes a lost highlight from "Needs attention", with Undo', async () => {
    const lost = await seedLost();
    const { user } = await openArticle();
    const section = await within(sidebar()).findByRole('region', { name: /^Needs attention/ });
    await user.click(within(section).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(
        within(sidebar()).queryByRole('region', { name: /^Needs attention/ }),
      ).not.toBeInTheDocument(),
    );
    expect(await annotationsRepo.get(lost.id)).toBeUndefined();
    const toast = (await screen.findByText('Annotation deleted.')).parentElement as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await within(sidebar()).findByRole('region', { name: /^Needs attention/ });
    expect(await annotationsRepo.get(lost.id)).toMatchObject({ note: 'lost one' });
  });

  it('drops nothing: exact, moved, approximate and lost highlights all stay listed and stored', async () => {
    const exactQuote = 'Additionally, Lavrov accused Washington';
    const exact = await seedAnnotation({ articleId, text, ...at(exactQuote) });
    const moved = await seedMoved();
    const fuzzy = await seedFuzzy();
    const lost = await seedLost();
    const lostToo = await seedLost('A second passage that was cut from the article entirely');
    await openArticle();
    await waitForMarks(3);
    expect(markedText(exact.id)).toBe(exactQuote);
    expect(markedText(moved.id)).toBe(movedQuote);
    expect(markedText(fuzzy.id)).toBe(fuzzyQuote);

    expect(attention()).toHaveAccessibleName('Needs attention (3)');
    expect(within(attention()).getAllByRole('listitem')).toHaveLength(3);
    // Placed ones in text order; the approximate one keeps its stored quote until confirmed.
    const placed = within(placedList()).getAllByRole('listitem');
    expect(placed.map((item) => item.textContent)).toEqual([
      expect.stringContaining(movedQuote),
      expect.stringContaining(editedQuote),
      expect.stringContaining(exactQuote),
    ]);
    expect(screen.getByRole('button', { name: 'Annotations (5)' })).toBeInTheDocument();

    await waitFor(async () => {
      const stored = await annotationsRepo.listByArticle(articleId);
      expect(new Map(stored.map((a) => [a.id, a.status]))).toEqual(
        new Map([
          [exact.id, 'exact'],
          [moved.id, 'moved'],
          [fuzzy.id, 'exact'],
          [lost.id, 'orphan'],
          [lostToo.id, 'orphan'],
        ]),
      );
    });
  });
});
