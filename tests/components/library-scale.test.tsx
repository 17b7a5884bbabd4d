import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { articlesRepo } from '../../src/db';
import { buildImportedDocument } from '../../src/domain/corpus-import/build-document';
import { textDraft } from '../../src/domain/corpus-import/draft';
import type { DocumentRecord } from '../../src/domain/model';
import { renderApp } from '../helpers/render-app';

const OUTLETS = ['Reuters', 'TASS', 'Le Monde'];

/** `count` stored documents, outlets in turn, dated in 2019 and 2020. */
async function storeDocuments(count: number): Promise<DocumentRecord[]> {
  const records: DocumentRecord[] = [];
  for (let i = 0; i < count; i++) {
    const record = await buildImportedDocument(
      textDraft(`Report number ${i}\nThe ministers met again on day ${i}.\n`, `report-${i}.txt`),
      new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i)),
      `doc-report-${String(i).padStart(4, '0')}`,
    );
    records.push({
      ...record,
      source: OUTLETS[i % OUTLETS.length]!,
      date: `${2019 + (i % 2)}-03-0${1 + (i % 9)}`,
    });
  }
  await articlesRepo.addMany(records);
  return records;
}

const list = () => screen.findByRole('list', { name: 'Articles' });
const facet = (name: string) => screen.getByRole('region', { name });

describe('Library at scale', () => {
  it('renders only the articles near the screen of a long list, and says how long it is', async () => {
    await storeDocuments(240);
    const { user } = renderApp('/');
    expect(await screen.findByText('245 articles')).toBeInTheDocument();
    const items = within(await list()).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(3);
    expect(items.length).toBeLessThan(60);
    expect(items[0]).toHaveAttribute('aria-setsize', '245');

    // A filter keystroke narrows the whole list, not only what is rendered.
    await user.type(screen.getByRole('searchbox', { name: 'Filter articles' }), 'number 23');
    expect(await screen.findByText(/ of 245 articles/)).toHaveTextContent('13 of 245 articles');
    expect(within(await list()).getAllByRole('link')).toHaveLength(13);
  });

  it('filters by outlet, language and year facets with counts, kept in the URL', async () => {
    await storeDocuments(90);
    const { user, router } = renderApp('/');
    await list();
    // The counts follow the list's first paint by one render.
    await screen.findByRole('region', { name: 'Outlet' });
    const outlet = facet('Outlet');
    expect(within(outlet).getByRole('button', { name: 'Reuters 30' })).toBeInTheDocument();
    expect(
      within(facet('Language')).getByRole('button', { name: 'English 94' }),
    ).toBeInTheDocument();
    await user.click(within(outlet).getByRole('button', { name: 'TASS 30' }));
    expect(within(outlet).getByRole('button', { name: 'TASS 30' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await screen.findByText('30 of 95 articles')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?outlet=TASS');
    // The year counts are those of TASS's articles now.
    const year = facet('Year');
    expect(within(year).getByRole('button', { name: '2019 15' })).toBeInTheDocument();
    await user.click(within(year).getByRole('button', { name: '2019 15' }));
    expect(await screen.findByText('15 of 95 articles')).toBeInTheDocument();
    // Coding: nothing is coded yet.
    expect(
      within(facet('Coding')).getByRole('button', { name: 'Not coded 15' }),
    ).toBeInTheDocument();
    await user.click(within(outlet).getByRole('button', { name: 'TASS 15' }));
    expect(await screen.findByText('45 of 95 articles')).toBeInTheDocument();
  });

  it('opens with the facets the URL names', async () => {
    await storeDocuments(9);
    renderApp('/?outlet=Le%20Monde');
    expect(await screen.findByText('3 of 14 articles')).toBeInTheDocument();
    expect(within(await list()).getAllByRole('link')).toHaveLength(3);
  });

  it('sets the outlet of many selected articles at once, and Undo puts them back', async () => {
    await storeDocuments(12);
    const { user } = renderApp('/?outlet=Reuters');
    expect(await screen.findByText('4 of 17 articles')).toBeInTheDocument();
    const selection = screen.getByRole('group', { name: 'Selection' });
    await user.click(within(selection).getByRole('button', { name: 'Select all 4 shown' }));
    expect(within(selection).getByText('4 selected')).toBeInTheDocument();
    // One more, a bundled article: its edit is kept as an override.
    await user.click(within(facet('Outlet')).getByRole('button', { name: 'Reuters 4' }));
    await user.click(
      await screen.findByRole('checkbox', {
        name: 'Select Sooner Syria crisis ends better: Lavrov',
      }),
    );
    await user.click(within(selection).getByRole('button', { name: 'Edit details…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit details of 5 articles' });
    await user.click(within(dialog).getByRole('button', { name: 'Save for 5 articles' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Fill in at least one field to change.',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Outlet' }), 'Wire Weekly');
    await user.click(within(dialog).getByRole('button', { name: 'Save for 5 articles' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const wire = await within(facet('Outlet')).findByRole('button', { name: 'Wire Weekly 5' });
    await user.click(wire);
    expect(await screen.findByText('5 of 17 articles')).toBeInTheDocument();
    const stored = await articlesRepo.list();
    expect(stored.filter((d) => d.source === 'Wire Weekly')).toHaveLength(4);
    // Texts are untouched.
    expect(await articlesRepo.getText(stored[0]!.id)).toBe(
      'Report number 0\nThe ministers met again on day 0.\n',
    );

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await articlesRepo.list()).filter((d) => d.source === 'Reuters')).toHaveLength(4),
    );
    expect(
      await within(facet('Outlet')).findByRole('button', { name: 'Wire Weekly 0' }),
    ).toBeInTheDocument();
  });

  it('puts selected articles into a named set, filters by it, and deletes the set', async () => {
    await storeDocuments(6);
    const { user } = renderApp('/');
    await list();
    expect(screen.queryByRole('region', { name: 'Set' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Select Report number 1' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Report number 4' }));
    const selection = screen.getByRole('group', { name: 'Selection' });
    await user.click(within(selection).getByRole('button', { name: 'Add to set…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add 2 articles to a set' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name of the new set' }), 'Week 1');
    await user.click(within(dialog).getByRole('button', { name: 'Add to set' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const sets = await screen.findByRole('region', { name: 'Set' });
    await user.click(within(sets).getByRole('button', { name: 'Week 1 2' }));
    expect(await screen.findByText('2 of 11 articles')).toBeInTheDocument();
    expect(
      within(await list())
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Report number 1', 'Report number 4']);

    // One more into the same set.
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    await user.click(within(sets).getByRole('button', { name: 'Week 1 2' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Select Report number 5' }));
    await user.click(within(selection).getByRole('button', { name: 'Add to set…' }));
    const again = await screen.findByRole('dialog', { name: 'Add 1 article to a set' });
    await user.selectOptions(
      within(again).getByRole('combobox', { name: 'Set' }),
      'Week 1 (2 articles)',
    );
    await user.click(within(again).getByRole('button', { name: 'Add to set' }));
    expect(await within(sets).findByRole('button', { name: 'Week 1 3' })).toBeInTheDocument();

    await user.click(within(sets).getByRole('button', { name: 'Delete the set Week 1' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Set' })).not.toBeInTheDocument(),
    );
    expect(await screen.findByText('11 articles')).toBeInTheDocument();
  });

  it('edits a bundled article’s outlet as an override, leaving its text alone', async () => {
    const { user } = renderApp('/');
    const title = 'Sooner Syria crisis ends better: Lavrov';
    await user.click(
      await within(await list()).findByRole('button', { name: `Edit details of ${title}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit details' });
    const outlet = within(dialog).getByRole('textbox', { name: 'Outlet' });
    await user.clear(outlet);
    await user.type(outlet, 'Syrian Arab News Agency');
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const card = screen.getByRole('link', { name: title }).closest('article') as HTMLElement;
    expect(await within(card).findByText('Syrian Arab News Agency')).toBeInTheDocument();
    expect(await articlesRepo.list()).toEqual([]);
  });
});
