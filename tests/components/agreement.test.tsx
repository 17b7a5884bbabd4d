import { bundledMeta } from '../domain/formats/fixtures';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationsRepo, tagsRepo } from '../../src/db';
import { describeRange } from '../../src/domain/anchoring';
import { sha256Hex } from '../../src/domain/corpus';
import { exportNative } from '../../src/domain/formats/native-export';
import type { Annotation, Tag } from '../../src/domain/model';
import { renderApp, seedText } from '../helpers/render-app';
import { seedHighlight, seedTag } from '../helpers/seed-annotations';

afterEach(() => {
  vi.unstubAllGlobals();
});

// The French article: 2,227 characters, all in the Basic Multilingual Plane.
const ARTICLE = '001_7385e71a292b6180';

/** A second coder's native export: their own tag ids, a lower-case tag name, three passages. */
async function secondCoderFile(): Promise<File> {
  const text = seedText(ARTICLE);
  const textHash = await sha256Hex(text);
  const now = '2026-02-03T04:05:06.000Z';
  const tag: Tag = {
    id: crypto.randomUUID(),
    name: 'blame',
    nameKey: 'blame',
    color: '#fde68a',
    description: '',
    hotkey: null,
    parentId: null,
    createdAt: now,
  };
  const highlight = (start: number, end: number): Annotation => ({
    id: crypto.randomUUID(),
    articleId: ARTICLE,
    textHash,
    ranges: [describeRange(text, start, end)],
    tagIds: [tag.id],
    note: '',
    color: null,
    createdAt: now,
    updatedAt: now,
    status: 'exact',
    coderId: 'local',
  });
  const at = (quote: string) => text.indexOf(quote);
  const kerry = at('John Kerry') + 'John '.length;
  const json = exportNative({
    articles: [
      { id: ARTICLE, title: 'x', source: null, language: 'fr', text, textHash, ...bundledMeta },
    ],
    tags: [tag],
    annotations: [
      highlight(at('Serguei Lavrov'), at('Serguei Lavrov') + 14), // the same passage
      highlight(kerry, kerry + 5), // "Kerry" inside the local "John Kerry"
      highlight(at('Staffan de Mistura'), at('Staffan de Mistura') + 18), // only this coder
    ],
    memos: [],
    userArticles: [],
    exportedAt: new Date(now),
  });
  return new File([json], 'coder-b.json', { type: 'application/json' });
}

function cellsOf(table: HTMLElement, rowName: string): string[] {
  const row = within(table).getByRole('rowheader', { name: rowName }).closest('tr');
  if (!row) throw new Error(`no row ${rowName}`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('Compare coders', () => {
  it('shows kappa, F1 and the disagreements of a second coder without importing anything', async () => {
    const blame = await seedTag('Blame');
    await seedHighlight(ARTICLE, 'Serguei Lavrov', { tags: [blame] });
    await seedHighlight(ARTICLE, 'John Kerry', { tags: [blame] });
    const { user } = renderApp('/data');

    await user.upload(await screen.findByLabelText('Import file'), await secondCoderFile());
    await user.click(await screen.findByRole('button', { name: 'Compare coders' }));

    const perTag = await screen.findByRole('table', { name: /Agreement per tag/ });
    // Characters: both 19, only local 5 ("John "), only imported 18, neither 2185.
    // κ = 2(19·2185 − 5·18) / (24·2190 + 37·2203) = 0.618; spans 2 local, 3 imported:
    // exact F1 = 2·1/5, overlap F1 = 2·2/5.
    expect(cellsOf(perTag, 'Blame')).toEqual(['0.62', '0.40', '0.80', '2', '3']);
    expect(cellsOf(perTag, 'All tags')).toEqual(['0.62', '0.40', '0.80', '2', '3']);

    const perArticle = screen.getByRole('table', { name: /Agreement per article/ });
    expect(
      within(perArticle).getByRole('rowheader', { name: /Lavrov juge inutile/ }),
    ).toBeVisible();
    expect(cellsOf(perArticle, 'Blame')).toEqual(['0.62', '0.40', '0.80', '2', '3']);

    const disagreements = screen.getByRole('table', { name: /2 disagreements/ });
    const boundary = within(disagreements).getByRole('rowheader', { name: /Boundaries differ/ });
    expect(
      within(boundary.closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['John Kerry', 'Kerry']);
    const onlyImported = within(disagreements).getByRole('rowheader', { name: /Only imported/ });
    expect(
      within(onlyImported.closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Not coded', 'Staffan de Mistura']);

    // Nothing was written: the two local annotations and the one tag are all there is.
    expect(await annotationsRepo.listAll()).toHaveLength(2);
    expect((await tagsRepo.list()).map((t) => t.name)).toEqual(['Blame']);

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.queryByRole('table', { name: /Agreement per tag/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Compare coders' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Merge' })).toBeVisible();
  });

  it('compares only the articles this library has and lists what was left out', async () => {
    const blame = await seedTag('Blame');
    await seedHighlight(ARTICLE, 'Serguei Lavrov', { tags: [blame] });
    const { user } = renderApp('/data');
    const file = await secondCoderFile();
    const json = JSON.parse(await file.text()) as { annotations: Annotation[] };
    // The second coder's passages all sit in an article (another text) this library lacks.
    for (const a of json.annotations)
      Object.assign(a, { articleId: 'not-here', textHash: 'a'.repeat(64) });
    const moved = new File([JSON.stringify(json)], 'elsewhere.json', { type: 'application/json' });

    await user.upload(await screen.findByLabelText('Import file'), moved);
    await user.click(await screen.findByRole('button', { name: 'Compare coders' }));

    const perTag = await screen.findByRole('table', { name: /Agreement per tag/ });
    // Local coded 14 characters, the file none here: κ = 0, recall 0.
    expect(cellsOf(perTag, 'Blame')).toEqual(['0.00', '0.00', '0.00', '1', '0']);
    expect(screen.getByText('3 annotations left out of the comparison')).toBeInTheDocument();
    expect(await annotationsRepo.listAll()).toHaveLength(1);
  });
});
