import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { annotationsRepo, articlesRepo, tagsRepo } from '../../src/db';
import { buildImportedDocument } from '../../src/domain/corpus-import/build-document';
import { textDraft } from '../../src/domain/corpus-import/draft';
import { makeAnnotation } from '../db/helpers';
import { renderApp } from '../helpers/render-app';

/** Nine stored documents: three in each of 2019-03, 2019-11 and 2020-11. */
async function storeDocuments(): Promise<string[]> {
  const months = ['2019-03', '2019-11', '2020-11'];
  const records = [];
  for (let i = 0; i < 9; i++) {
    const record = await buildImportedDocument(
      textDraft(`Dispatch ${i}\nThe ministers met again on day ${i}.\n`, `dispatch-${i}.txt`),
      new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i)),
      `doc-dispatch-${i}`,
    );
    records.push({ ...record, date: `${months[i % 3]}-0${1 + i}` });
  }
  await articlesRepo.addMany(records);
  return records.map((r) => r.id);
}

const facet = (name: string) => screen.getByRole('region', { name });
const list = () => screen.findByRole('list', { name: 'Articles' });
const titles = async () =>
  within(await list())
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('Library facets: month under year, and tag', () => {
  it('shows the chosen year’s months, filters by one, kept in the URL, and drops it with the year', async () => {
    await storeDocuments();
    const { user, router } = renderApp('/');
    await list();
    // The counts follow the list's first paint by one render.
    await screen.findByRole('region', { name: 'Outlet' });
    expect(screen.queryByRole('region', { name: 'Month' })).not.toBeInTheDocument();
    await user.click(within(facet('Year')).getByRole('button', { name: '2019 6' }));
    const month = await screen.findByRole('region', { name: 'Month' });
    expect(
      within(month)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['November 2019 3', 'March 2019 3']);
    await user.click(within(month).getByRole('button', { name: 'November 2019 3' }));
    expect(await screen.findByText('3 of 14 articles')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?year=2019&month=2019-11');
    expect(await titles()).toEqual(['Dispatch 1', 'Dispatch 4', 'Dispatch 7']);

    // The other years stay listed with their counts; another year drops the month.
    expect(within(facet('Year')).getByRole('button', { name: '2020 3' })).toBeInTheDocument();
    await user.click(within(facet('Year')).getByRole('button', { name: '2020 3' }));
    expect(router.state.location.search).toBe('?year=2020');
    expect(within(facet('Month')).getByRole('button', { name: 'November 2020 3' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(await screen.findByText('3 of 14 articles')).toBeInTheDocument();
  });

  it('opens with the month the URL names', async () => {
    await storeDocuments();
    renderApp('/?year=2019&month=2019-03');
    expect(await screen.findByText('3 of 14 articles')).toBeInTheDocument();
    expect(within(facet('Month')).getByRole('button', { name: 'March 2019 3' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('filters by a tag: the articles with a passage carrying it, counted per tag', async () => {
    const ids = await storeDocuments();
    const framing = await tagsRepo.create({ name: 'Framing' });
    const blame = await tagsRepo.create({ name: '<b>Blame</b>' });
    // Two passages with Framing in Dispatch 0 (counted once), one in Dispatch 2; Blame in 2 and 5.
    for (const [article, tagIds] of [
      [ids[0], [framing.id]],
      [ids[0], [framing.id]],
      [ids[2], [framing.id, blame.id]],
      [ids[5], [blame.id]],
    ] as const)
      await annotationsRepo.create(
        makeAnnotation({ articleId: article as string, tagIds: [...tagIds] }),
      );
    const { user, router } = renderApp('/');
    const tag = await screen.findByRole('region', { name: 'Tag' });
    expect(within(tag).getByRole('button', { name: 'Framing 2' })).toBeInTheDocument();
    // A tag's name is text, never markup.
    expect(within(tag).getByRole('button', { name: '<b>Blame</b> 2' })).toBeInTheDocument();
    await user.click(within(tag).getByRole('button', { name: 'Framing 2' }));
    expect(await screen.findByText('2 of 14 articles')).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?tag=${framing.id}`);
    expect(await titles()).toEqual(['Dispatch 0', 'Dispatch 2']);
    // Tag counts say what the other facets leave: within 2020, Framing 1 and Blame 2.
    await user.click(within(facet('Year')).getByRole('button', { name: '2020 1' }));
    expect(await screen.findByText('1 of 14 articles')).toBeInTheDocument();
    expect(within(tag).getByRole('button', { name: '<b>Blame</b> 2' })).toBeInTheDocument();
    expect(within(tag).getByRole('button', { name: 'Framing 1' })).toBeInTheDocument();

    // A new passage tagged in another article joins the facet live.
    await annotationsRepo.create(
      makeAnnotation({ articleId: ids[8] as string, tagIds: [framing.id] }),
    );
    expect(await within(tag).findByRole('button', { name: 'Framing 2' })).toBeInTheDocument();
    expect(await titles()).toEqual(['Dispatch 2', 'Dispatch 8']);
  });
});
