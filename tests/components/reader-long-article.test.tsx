import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDocuments } from '../../src/commands/documents';
import { getDb } from '../../src/db';
import { describeRange } from '../../src/domain/anchoring';
import type { Annotation, DocumentRecord } from '../../src/domain/model';
import { renderApp } from '../helpers/render-app';
import { hashOf, marksOf } from '../helpers/reader-dom';

/*
 * docs/architecture.md "Rendering": a long article renders its first screen at once and the
 * rest a few chunks per task. What points beyond the first screen (a link to a highlight near
 * the end, a search hit in the last paragraph) still lands once the whole text is in the page.
 */

const PARAGRAPHS = 400;
const text =
  'A long report\n\n' +
  Array.from(
    { length: PARAGRAPHS },
    (_, i) => `Paragraph ${i + 1} of the long report says what happened in the talks.`,
  ).join('\n\n') +
  '\n\nThe last paragraph names the zebra crossing.';

async function addLongDocument(): Promise<DocumentRecord> {
  const result = await addDocuments({ text, files: [] });
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.added[0]!;
}

let scrolled: Element[] = [];
beforeEach(() => {
  scrolled = [];
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this);
  });
});
afterEach(() => {
  delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
});

describe('a long article rendered after its first screen', () => {
  it('opens a link to a highlight in its last paragraph: focused, in the editor', async () => {
    const doc = await addLongDocument();
    const start = text.indexOf('zebra crossing');
    const stamp = '2026-01-01T00:00:00.000Z';
    const linked: Annotation = {
      id: crypto.randomUUID(),
      articleId: doc.id,
      coderId: 'local',
      textHash: await hashOf(text),
      ranges: [describeRange(text, start, start + 'zebra crossing'.length)],
      tagIds: [],
      note: 'Far down',
      color: null,
      createdAt: stamp,
      updatedAt: stamp,
      status: 'exact',
    };
    await getDb().annotations.add(linked);

    renderApp(`/articles/${doc.id}#annotation=${linked.id}`);
    await waitFor(() => expect(marksOf(linked.id)[0]).toHaveFocus(), { timeout: 10_000 });
    expect(
      marksOf(linked.id)
        .map((m) => m.textContent)
        .join(''),
    ).toBe('zebra crossing');
    expect(screen.getByRole('textbox', { name: /note/i })).toHaveValue('Far down');
  });

  it('scrolls to a search hit in its last paragraph once that paragraph is in the page', async () => {
    const doc = await addLongDocument();
    renderApp(`/articles/${doc.id}?q=zebra`);
    await screen.findByText('Match 1 of 1 for “zebra”', {}, { timeout: 10_000 });
    await waitFor(
      () =>
        expect(scrolled.some((element) => element.textContent?.includes('zebra crossing'))).toBe(
          true,
        ),
      { timeout: 10_000 },
    );
  });
});
