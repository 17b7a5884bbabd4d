import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../helpers/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

const frenchTitle =
  'Lors de sa rencontre avec Kerry, Lavrov juge inutile de recourir à la force pour régler la crise en Syrie';

async function cards() {
  const list = await screen.findByRole('list', { name: 'Articles' });
  return within(list)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('Library', () => {
  it('shows a card per bundled article with outlet, language, date and length', async () => {
    renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Library' })).toBeInTheDocument();
    expect(await cards()).toHaveLength(5);
    const link = screen.getByRole('link', { name: frenchTitle });
    const card = link.closest('article');
    expect(card).not.toBeNull();
    const inCard = within(card as HTMLElement);
    expect(inCard.getByText('French')).toBeInTheDocument();
    expect(inCard.getByText(/\d words/)).toBeInTheDocument();
    const dated = screen
      .getByRole('link', { name: 'Sooner Syria crisis ends better: Lavrov' })
      .closest('article');
    expect(within(dated as HTMLElement).getByText('2 Nov 2016')).toBeInTheDocument();
  });

  it('filters by a query over title and outlet, ignoring accents and case', async () => {
    const { user } = renderApp('/');
    await cards();
    await user.type(screen.getByRole('searchbox', { name: 'Filter articles' }), 'REGLER');
    expect(await cards()).toEqual([frenchTitle]);
    await user.clear(screen.getByRole('searchbox', { name: 'Filter articles' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter articles' }), 'no such words');
    expect(screen.getByText(/No article matches/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(await cards()).toHaveLength(5);
  });

  it('filters by language name in English or in the language itself, saying n of N', async () => {
    const { user } = renderApp('/');
    await cards();
    const box = screen.getByRole('searchbox', { name: 'Filter articles' });
    for (const query of ['French', 'français', 'FRANCAIS', 'fr']) {
      await user.clear(box);
      await user.type(box, query);
      expect(await cards()).toContain(frenchTitle);
    }
    await user.clear(box);
    await user.type(box, 'French');
    expect(await cards()).toEqual([frenchTitle]);
    expect(screen.getByText('1 of 5 articles')).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, 'English');
    expect(await cards()).toHaveLength(4);
    expect(screen.getByText('4 of 5 articles')).toBeInTheDocument();
  });

  it('sorts by title, date and outlet', async () => {
    const { user } = renderApp('/');
    const byTitle = await cards();
    expect(byTitle).toEqual(
      [...byTitle].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'en', { sensitivity: 'base' })),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'date');
    expect((await cards())[0]).toBe('Sooner Syria crisis ends better: Lavrov');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'outlet');
    const outlets = screen
      .getAllByRole('article')
      .map((card) => card.querySelector('p')?.textContent ?? '');
    const known = outlets.filter((o) => o !== 'Unknown outlet');
    expect(known).toEqual(
      [...known].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    expect(outlets.slice(known.length).every((o) => o === 'Unknown outlet')).toBe(true);
  });

  it('says when the manifest fails to load and recovers on Retry', async () => {
    const { user, network } = renderApp('/', { fail: 'manifest' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The library could not be loaded.');
    expect(alert).toHaveTextContent('503');
    network.setFailure(null);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(async () => expect(await cards()).toHaveLength(5));
  });
});
